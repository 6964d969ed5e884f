package jp.resas.ops.incident;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

/**
 * Where a page of the newest-first incident list ended: the (openedAt, id) of its last item. Opaque to
 * clients; keyset pagination stays stable while new incidents arrive.
 */
public record PageCursor(Instant openedAt, long id) {

    public String encode() {
        String raw = openedAt + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when {@code token} was not made by {@link #encode()} */
    public static PageCursor decode(String token) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int bar = raw.indexOf('|');
            if (bar < 0) {
                throw new IllegalArgumentException("cursor is not valid");
            }
            return new PageCursor(Instant.parse(raw.substring(0, bar)), Long.parseLong(raw.substring(bar + 1)));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new IllegalArgumentException("cursor is not valid", e);
        }
    }
}
