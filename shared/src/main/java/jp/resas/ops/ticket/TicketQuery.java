package jp.resas.ops.ticket;

import java.util.Optional;
import jp.resas.ops.sla.Priority;

/** A page of one kind's tickets, newest first, optionally filtered. */
public record TicketQuery(TicketKind kind, Optional<String> status, Optional<Priority> priority,
        Optional<String> assignee, Optional<String> requester, int limit, Optional<TicketCursor> after) {

    public static final int MAX_LIMIT = 200;

    public TicketQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1-" + MAX_LIMIT + ", was " + limit);
        }
    }
}
