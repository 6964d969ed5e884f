package jp.resas.ops.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.platform.jdbc.Keyset;

/**
 * The one list shape of the API, {@code {"items":[…],"nextCursor":…}}. Lists read in SQL by keyset
 * ({@link jp.resas.ops.platform.jdbc.Keyset}: catalog, versions, rounds, runs, logs, budgets, attachments,
 * meetings) answer {@link #of(Keyset.Page)}; the queues, whose order (SLA time left) is computed rather than
 * stored, are still paged in memory by position with {@link #of(List, String, String)}, honouring
 * {@code limit} (1–{@value #MAX_LIMIT}, default {@value #DEFAULT_LIMIT}) and the opaque {@code cursor}.
 */
public record ListPage<T>(List<T> items, String nextCursor) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;

    public ListPage {
        items = List.copyOf(items);
    }

    /** The answer of one keyset page read in SQL ({@link Keyset}). */
    public static <T> ListPage<T> of(Keyset.Page<T> page) {
        return new ListPage<>(page.items(), page.nextCursor().orElse(null));
    }

    public static <T> ListPage<T> of(List<T> all, String limit, String cursor) {
        int size = limit(limit);
        int from = cursor == null ? 0 : offset(cursor);
        int to = Math.min(all.size(), from + size);
        List<T> page = from >= all.size() ? List.of() : all.subList(from, to);
        return new ListPage<>(page, to < all.size() ? encode(to) : null);
    }

    private static int limit(String value) {
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below, like an out-of-range number
        }
        throw new InvalidInputException("limit", "limit は 1 から " + MAX_LIMIT + " の整数で指定してください。");
    }

    private static String encode(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(("o:" + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int offset(String cursor) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (raw.startsWith("o:")) {
                int offset = Integer.parseInt(raw.substring(2));
                if (offset > 0) {
                    return offset;
                }
            }
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw new InvalidInputException("cursor", "cursor が正しくありません。前のページの nextCursor を指定してください。");
    }
}
