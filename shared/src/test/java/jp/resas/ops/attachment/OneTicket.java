package jp.resas.ops.attachment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.sla.PauseReason;
import jp.resas.ops.sla.Priority;
import jp.resas.ops.ticket.Approval;
import jp.resas.ops.ticket.NewTicket;
import jp.resas.ops.ticket.Ticket;
import jp.resas.ops.ticket.TicketEvent;
import jp.resas.ops.ticket.TicketId;
import jp.resas.ops.ticket.TicketKind;
import jp.resas.ops.ticket.TicketPage;
import jp.resas.ops.ticket.TicketQuery;
import jp.resas.ops.ticket.Tickets;

/** A ticket store holding one ticket: what the attachment use cases read, and the events they append. */
final class OneTicket implements Tickets {

    final List<TicketEvent> events = new ArrayList<>();
    private final Ticket ticket;

    OneTicket(TicketKind kind, TicketId id) {
        this.ticket = new Ticket(id, kind, "t", Priority.LOW, "RECEIVED", "yamada", null, null, Map.of(),
                Instant.parse("2026-06-01T00:00:00Z"), null, null, null, 0, List.of());
    }

    @Override
    public Optional<Ticket> find(TicketKind kind, TicketId id) {
        return Optional.of(ticket).filter(t -> t.kind() == kind && t.id().equals(id));
    }

    @Override
    public void appendTimeline(TicketId id, TicketEvent event) {
        events.add(event);
    }

    @Override
    public TicketId insert(TicketKind kind, NewTicket t, String status, String requester, Instant at) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Optional<Ticket> lock(TicketKind kind, TicketId id) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void save(Ticket changed) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void startPause(TicketId id, PauseReason reason, Instant at) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void endPause(TicketId id, Instant at) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<TicketEvent> timeline(TicketId id) {
        return List.copyOf(events);
    }

    @Override
    public void recordApproval(TicketId id, Approval approval) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Approval> approvals(TicketId id) {
        return List.of();
    }

    @Override
    public TicketPage list(TicketQuery query) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Ticket> open() {
        return List.of(ticket);
    }
}
