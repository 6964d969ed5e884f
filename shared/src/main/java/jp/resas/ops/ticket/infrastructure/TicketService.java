package jp.resas.ops.ticket.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.Actor;
import jp.resas.ops.platform.jdbc.Keyset;
import jp.resas.ops.sla.SlaStatus;
import jp.resas.ops.ticket.Approval.Decision;
import jp.resas.ops.ticket.AssigningTicket;
import jp.resas.ops.ticket.CommentingTicket;
import jp.resas.ops.ticket.DecidingApproval;
import jp.resas.ops.ticket.NewTicket;
import jp.resas.ops.ticket.OpeningTicket;
import jp.resas.ops.ticket.SlaEvaluation;
import jp.resas.ops.ticket.SlaSnapshot;
import jp.resas.ops.ticket.Ticket;
import jp.resas.ops.ticket.TicketDetail;
import jp.resas.ops.ticket.TicketEvent;
import jp.resas.ops.ticket.TicketId;
import jp.resas.ops.ticket.TicketKind;
import jp.resas.ops.ticket.TicketPage;
import jp.resas.ops.ticket.TicketQuery;
import jp.resas.ops.ticket.TicketRules;
import jp.resas.ops.ticket.TicketTransition;
import jp.resas.ops.ticket.Tickets;
import jp.resas.ops.ticket.TransitioningTicket;
import jp.resas.ops.ticket.UpdatingTicket;

/** The transaction boundary of the ticket use cases, for every kind (its rules are the argument). */
@Singleton
public class TicketService {

    private final Tickets tickets;
    private final SlaEvaluation sla;
    private final OpeningTicket opening;
    private final TransitioningTicket transitioning;
    private final DecidingApproval deciding;
    private final CommentingTicket commenting;
    private final AssigningTicket assigning;
    private final UpdatingTicket updating;

    private final TicketTimeline timeline;

    TicketService(Tickets tickets, AuditLog audit, Clock clock, SlaEvaluation sla, TicketTimeline timeline) {
        this.tickets = tickets;
        this.timeline = timeline;
        this.sla = sla;
        this.opening = new OpeningTicket(tickets, audit, clock);
        this.transitioning = new TransitioningTicket(tickets, audit, clock);
        this.deciding = new DecidingApproval(tickets, audit, clock);
        this.commenting = new CommentingTicket(tickets, audit, clock);
        this.assigning = new AssigningTicket(tickets, audit, clock);
        this.updating = new UpdatingTicket(tickets, audit, clock);
    }

    @Transactional(readOnly = true)
    public TicketPage list(TicketQuery query) {
        return tickets.list(query);
    }

    @Transactional(readOnly = true)
    public TicketDetail detail(TicketKind kind, TicketId id) {
        Ticket ticket = tickets.find(kind, id).orElseThrow(() -> TransitioningTicket.notFound(kind, id));
        return new TicketDetail(ticket, tickets.timeline(id), tickets.approvals(id));
    }

    /**
     * A ticket with one keyset page of its timeline, newest first (not the whole timeline, which grows without
     * bound), and the cursor of the older entries.
     */
    public record PagedDetail(TicketDetail detail, Optional<String> olderCursor) {
    }

    @Transactional(readOnly = true)
    public PagedDetail detail(TicketKind kind, TicketId id, Keyset.Request timelinePage) {
        Ticket ticket = tickets.find(kind, id).orElseThrow(() -> TransitioningTicket.notFound(kind, id));
        Keyset.Page<TicketEvent> page = timeline.page(id, timelinePage);
        return new PagedDetail(new TicketDetail(ticket, page.items(), tickets.approvals(id)), page.nextCursor());
    }

    public Optional<SlaStatus> sla(Ticket ticket) {
        return ticket.kind().slaType().map(type -> sla.now(type, ticket.priority(), ticket.slaTimeline()));
    }

    /**
     * A list page with the SLA of each of its tickets, read in one read-only transaction: one connection and
     * one round of BEGIN/COMMIT for the page, the calendar and the policies (not one connection each).
     */
    @Transactional(readOnly = true)
    public ListedTickets listWithSla(TicketQuery query) {
        return new ListedTickets(tickets.list(query), slaNow());
    }

    /** The SLA of each of many tickets (a list page), with one calendar and one policy read for all. */
    public Function<Ticket, Optional<SlaStatus>> slaNow() {
        SlaSnapshot now = sla.snapshot();
        return ticket -> ticket.kind().slaType().map(type -> now.evaluate(type, ticket.priority(),
                ticket.slaTimeline()));
    }

    @Transactional
    public TicketId open(TicketRules rules, NewTicket ticket, Actor actor) {
        return opening.open(rules, ticket, actor);
    }

    @Transactional
    public TicketId transition(TicketRules rules, TicketId id, TicketTransition transition, Actor actor) {
        return transitioning.transition(rules, id, transition, actor).id();
    }

    @Transactional
    public TicketId decide(TicketRules rules, TicketId id, Decision decision, long version, String comment,
            Actor actor) {
        return deciding.decide(rules, id, decision, version, comment, actor).id();
    }

    @Transactional
    public TicketId update(TicketRules rules, TicketId id, UpdatingTicket.Change change, Actor actor) {
        return updating.update(rules, id, change, actor).id();
    }

    @Transactional
    public TicketEvent comment(TicketKind kind, TicketId id, String text, Actor actor) {
        return commenting.comment(kind, id, text, actor);
    }

    @Transactional
    public TicketId assign(TicketKind kind, TicketId id, String assignee, long version, Actor actor) {
        return assigning.assign(kind, id, assignee, version, actor).id();
    }
}
