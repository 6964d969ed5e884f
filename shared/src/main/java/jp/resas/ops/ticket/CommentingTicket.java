package jp.resas.ops.ticket;

import java.time.Clock;
import java.util.Map;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.Actor;
import jp.resas.ops.common.Texts;

/** A comment on a ticket's timeline. Comments do not change the ticket, so no version is needed. */
public final class CommentingTicket {

    private final Tickets tickets;
    private final AuditLog audit;
    private final Clock clock;

    public CommentingTicket(Tickets tickets, AuditLog audit, Clock clock) {
        this.tickets = tickets;
        this.audit = audit;
        this.clock = clock;
    }

    public TicketEvent comment(TicketKind kind, TicketId id, String text, Actor actor) {
        String body = Texts.required("text", text, 4000);
        tickets.find(kind, id).orElseThrow(() -> TransitioningTicket.notFound(kind, id));
        TicketEvent event = new TicketEvent(clock.instant(), "COMMENT", actor.name(), body);
        tickets.appendTimeline(id, event);
        audit.append(new AuditEntry(actor.name(), kind.name().toLowerCase() + ".comment", "ticket",
                String.valueOf(id.value()), Map.of("text", body), actor.source()));
        return event;
    }
}
