package jp.resas.ops.ticket.infrastructure;

import java.util.Optional;
import java.util.function.Function;
import jp.resas.ops.sla.SlaStatus;
import jp.resas.ops.ticket.Ticket;
import jp.resas.ops.ticket.TicketPage;

/** A list page and the SLA of its tickets, evaluated with the calendar and policies read with the page. */
public record ListedTickets(TicketPage page, Function<Ticket, Optional<SlaStatus>> sla) {
}
