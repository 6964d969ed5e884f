package jp.resas.ops.ledger.asset;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Where a page of the ledger ended (the id of its last asset); opaque to clients. */
public record AssetCursor(long afterId) {

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("a" + afterId).getBytes(StandardCharsets.UTF_8));
    }

    /** @throws IllegalArgumentException when {@code token} was not made by {@link #encode()} */
    public static AssetCursor decode(String token) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (!raw.startsWith("a")) {
                throw new IllegalArgumentException("cursor is not valid");
            }
            return new AssetCursor(Long.parseLong(raw.substring(1)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cursor is not valid", e);
        }
    }
}
