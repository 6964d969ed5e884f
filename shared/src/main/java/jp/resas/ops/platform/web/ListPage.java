package jp.resas.ops.platform.web;

import java.util.List;
import jp.resas.ops.platform.jdbc.Keyset;

/**
 * The one list shape of the API, {@code {"items":[…],"nextCursor":…}}. Lists read in SQL by keyset
 * ({@link jp.resas.ops.platform.jdbc.Keyset}: catalog, versions, rounds, runs, logs, budgets, attachments,
 * meetings) answer {@link #of(Keyset.Page)}; the queues, which merge a keyset page of incidents with one of
 * tickets on their stored SLA due times, build theirs with the same cursors ({@link Keyset#cursor}).
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
}
