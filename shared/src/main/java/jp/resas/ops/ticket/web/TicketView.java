package jp.resas.ops.ticket.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import jp.resas.ops.sla.SlaStatus;
import jp.resas.ops.ticket.Ticket;
import jp.resas.ops.ticket.TicketRules;

/**
 * A ticket as the API shows it; {@code key} is its visible id with the kind's prefix ({@code INQ-3},
 * {@code WR-12}, {@code CR-5}, {@code ISS-7}). {@code version} is what a transition, decision or assignment must send
 * back; {@code sla} is null for kinds without one.
 */
public record TicketView(long id, String key, String kind, String title, String priority, String status, String statusLabel,
        String requester, String assignee, LocalDate dueDate, Map<String, String> fields, Instant createdAt,
        Instant firstRespondedAt, Instant resolvedAt, Instant closedAt, long version, SlaView sla) {

    public static TicketView of(Ticket t, TicketRules rules, SlaStatus sla) {
        return new TicketView(t.id().value(), t.kind().key(t.id()), t.kind().name(), t.title(), t.priority().name(), t.status(),
                rules.label(t.status()), t.requester(), t.assignee(), t.dueDate(), t.fields(), t.createdAt(),
                t.firstRespondedAt(), t.resolvedAt(), t.closedAt(), t.version(), sla == null ? null : SlaView.of(sla));
    }
}
