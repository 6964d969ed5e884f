package jp.resas.ops.ticket.infrastructure;

import jakarta.inject.Singleton;
import jp.resas.ops.platform.jdbc.Keyset;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.ticket.TicketEvent;
import jp.resas.ops.ticket.TicketId;

/**
 * A ticket's timeline newest first, one keyset page at a time (index {@code ticket_timeline_by_ticket} read
 * backwards): a ticket worked for months gathers comments and changes without bound, so its page never lists
 * them all at once.
 */
@Singleton
class TicketTimeline {

    private static final Keyset NEWEST_FIRST = Keyset.descending(Keyset.instant("at"), Keyset.number("id"));

    private final Sql sql;

    TicketTimeline(Sql sql) {
        this.sql = sql;
    }

    Keyset.Page<TicketEvent> page(TicketId ticket, Keyset.Request request) {
        return NEWEST_FIRST.page(sql, "SELECT id, at, kind, actor, message FROM ticket_timeline WHERE ticket_id = ?",
                row -> new TicketEvent(Sql.instant(row, "at"), row.getString("kind"), row.getString("actor"),
                        row.getString("message")), request, ticket.value());
    }
}
