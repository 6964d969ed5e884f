package jp.resas.ops.ticket;

import java.time.Instant;
import java.util.Optional;
import jp.resas.ops.sla.Priority;

/**
 * A page of one kind's tickets, newest first, optionally filtered: status, priority, assignee, requester,
 * opened in [{@code createdFrom}, {@code createdBefore}) and a text found in the title.
 */
public record TicketQuery(TicketKind kind, Optional<String> status, Optional<Priority> priority,
        Optional<String> assignee, Optional<String> requester, Optional<Instant> createdFrom,
        Optional<Instant> createdBefore, Optional<String> text, int limit, Optional<TicketCursor> after) {

    public static final int MAX_LIMIT = 200;
    public static final int MAX_TEXT = 100;

    public TicketQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1-" + MAX_LIMIT + ", was " + limit);
        }
    }

    /** Without a period or a text. */
    public TicketQuery(TicketKind kind, Optional<String> status, Optional<Priority> priority,
            Optional<String> assignee, Optional<String> requester, int limit, Optional<TicketCursor> after) {
        this(kind, status, priority, assignee, requester, Optional.empty(), Optional.empty(), Optional.empty(), limit,
                after);
    }
}
