package jp.resas.ops.ticket;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.Actor;
import jp.resas.ops.common.NotFoundException;
import jp.resas.ops.common.Texts;

/** Moves a ticket along its kind's lifecycle; timeline, pauses and audit in the same transaction. */
public final class TransitioningTicket {

    private final Tickets tickets;
    private final AuditLog audit;
    private final Clock clock;

    public TransitioningTicket(Tickets tickets, AuditLog audit, Clock clock) {
        this.tickets = tickets;
        this.audit = audit;
        this.clock = clock;
    }

    public Ticket transition(TicketRules rules, TicketId id, TicketTransition command, Actor actor) {
        String to = rules.status("to", command.to());
        String note = Texts.optional("note", command.note(), 4000);
        Ticket before = tickets.lock(rules.kind(), id).orElseThrow(() -> notFound(rules.kind(), id));
        before.requireVersion(command.version());
        rules.requireAllowed(before, to);
        Map<String, String> fields = StatusChange.merge(rules, before.fields(), command.fields());
        StatusChange.requireEntryFields(rules, to, fields);
        ApprovalBinding.requireUnchangedOrResubmitted(rules, before, fields, to);
        rules.guard().check(before, to, fields);
        List<String> content = ApprovalBinding.changedContent(rules, before.fields(), fields);
        Instant now = clock.instant();
        Ticket after = StatusChange.apply(tickets, rules, before, to, fields, now,
                ApprovalBinding.approvedAfter(rules, before, to), ApprovalBinding.authorsAfter(before, content, actor));
        Map<String, FieldChanges.Change> changes = FieldChanges.between(before.fields(), fields);
        tickets.appendTimeline(id, new TicketEvent(now, to, actor.name(), "状態変更: " + rules.label(before.status())
                + " → " + rules.label(to) + (command.fields().isEmpty() ? "" : " (記入: "
                + String.join("、", command.fields().keySet().stream().sorted().toList()) + ")")
                + FieldChanges.describe(content, changes)
                + (note == null ? "" : "\n" + note)));
        audit.append(new AuditEntry(actor.name(), rules.kind().name().toLowerCase() + ".transition", "ticket",
                String.valueOf(id.value()), Map.of("from", before.status(), "to", to, "fields",
                        command.fields().keySet(), "changes", changes), actor.source()));
        return after;
    }

    public static NotFoundException notFound(TicketKind kind, TicketId id) {
        return new NotFoundException("指定された" + kind.label() + " (ID " + id.value() + ") は存在しません。");
    }
}
