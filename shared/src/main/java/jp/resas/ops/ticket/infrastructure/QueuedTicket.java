package jp.resas.ops.ticket.infrastructure;

import java.time.Instant;
import jp.resas.ops.ticket.Ticket;

/** A ticket read for a queue page, with its stored queue due time. */
record QueuedTicket(Ticket ticket, Instant due) {
}
