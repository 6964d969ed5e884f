package jp.resas.ops.ticket;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.Actor;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.Texts;
import jp.resas.ops.ticket.Approval.Decision;

/**
 * An approver approves or rejects a ticket waiting at its kind's approval gate. Segregation of
 * duties ({@link ApprovalBinding}): whoever raised the ticket or wrote the content to approve may not
 * decide on it, whatever groups they hold. An approval records the content it approved.
 */
public final class DecidingApproval {

    private final Tickets tickets;
    private final AuditLog audit;
    private final Clock clock;

    public DecidingApproval(Tickets tickets, AuditLog audit, Clock clock) {
        this.tickets = tickets;
        this.audit = audit;
        this.clock = clock;
    }

    public Ticket decide(TicketRules rules, TicketId id, Decision decision, long version, String comment,
            Actor actor) {
        String text = Texts.optional("comment", comment, 4000);
        TicketRules.ApprovalGate gate = rules.approval().orElseThrow(() -> new IllegalStateException(
                rules.kind() + " has no approval gate"));
        Ticket before = tickets.lock(rules.kind(), id).orElseThrow(() -> TransitioningTicket.notFound(rules.kind(), id));
        before.requireVersion(version);
        ApprovalBinding.requireIndependent(rules, before, actor);
        if (!before.status().equals(gate.awaiting())) {
            throw new ConflictException("NOT_AWAITING_APPROVAL", "id", "この" + rules.kind().label() + "は「"
                    + rules.label(before.status()) + "」のため承認・却下できません。「" + rules.label(gate.awaiting())
                    + "」のときに行ってください。");
        }
        String to = decision == Decision.APPROVED ? gate.approved() : gate.rejected();
        Instant now = clock.instant();
        Ticket after = StatusChange.apply(tickets, rules, before, to, before.fields(), now,
                decision == Decision.APPROVED ? java.util.Optional.of(ApprovalBinding.snapshot(rules, before))
                        : java.util.Optional.empty(), before.authors());
        tickets.recordApproval(id, new Approval(decision, actor.name(), now, text));
        tickets.appendTimeline(id, new TicketEvent(now, decision.name(), actor.name(),
                (decision == Decision.APPROVED ? "承認" : "却下") + (text == null ? "" : ": " + text)));
        audit.append(new AuditEntry(actor.name(), rules.kind().name().toLowerCase() + "."
                + decision.name().toLowerCase(), "ticket", String.valueOf(id.value()),
                Map.of("from", before.status(), "to", to), actor.source()));
        return after;
    }
}
