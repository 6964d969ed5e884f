package jp.resas.ops.ticket;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.resas.ops.sla.PauseReason;

/** The ticket records (port; PostgreSQL in {@code infrastructure}). */
public interface Tickets {

    TicketId insert(TicketKind kind, NewTicket ticket, String status, String requester, Instant at);

    Optional<Ticket> find(TicketKind kind, TicketId id);

    /** The ticket, locked until the transaction ends so concurrent changes queue. */
    Optional<Ticket> lock(TicketKind kind, TicketId id);

    /** Stores status, assignee, fields and SLA facts of {@code changed}; the version moves on. */
    void save(Ticket changed);

    void startPause(TicketId id, PauseReason reason, Instant at);

    void endPause(TicketId id, Instant at);

    void appendTimeline(TicketId id, TicketEvent event);

    List<TicketEvent> timeline(TicketId id);

    void recordApproval(TicketId id, Approval approval);

    List<Approval> approvals(TicketId id);

    TicketPage list(TicketQuery query);

    /** Every ticket not yet closed, of any kind, for queues and the SLA watch. */
    List<Ticket> open();
}
