package jp.resas.ops.ticket;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.Actor;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.Texts;

/** Gives a ticket to someone (or back to the queue with a blank assignee). */
public final class AssigningTicket {

    private final Tickets tickets;
    private final AuditLog audit;
    private final Clock clock;

    public AssigningTicket(Tickets tickets, AuditLog audit, Clock clock) {
        this.tickets = tickets;
        this.audit = audit;
        this.clock = clock;
    }

    public Ticket assign(TicketKind kind, TicketId id, String assignee, long version, Actor actor) {
        String who = Texts.optional("assignee", assignee, 100);
        Ticket before = tickets.lock(kind, id).orElseThrow(() -> TransitioningTicket.notFound(kind, id));
        before.requireVersion(version);
        if (!before.open()) {
            throw new ConflictException("CLOSED", "id", "完了した" + kind.label() + "の担当者は変更できません。");
        }
        if (Objects.equals(before.assignee(), who)) {
            return before;
        }
        Ticket after = before.withAssignee(who);
        tickets.save(after);
        Instant now = clock.instant();
        tickets.appendTimeline(id, new TicketEvent(now, "ASSIGNED", actor.name(),
                who == null ? "担当者を解除" : "担当者: " + who));
        audit.append(new AuditEntry(actor.name(), kind.name().toLowerCase() + ".assign", "ticket",
                String.valueOf(id.value()), Map.of("from", Objects.toString(before.assignee(), ""),
                        "to", Objects.toString(who, "")), actor.source()));
        return after;
    }
}
