package jp.resas.ops.ticket;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.Actor;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.Texts;
import jp.resas.ops.sla.Priority;

/**
 * Changes a ticket's title, priority or due date: each change on the timeline and in the audit log with
 * its old and new value; the SLA follows the new priority at once (it is computed on every read). A
 * title under a standing approval is approved content: changing it is refused until the ticket goes
 * back to approval, and whoever changes it before approval becomes an author (may not approve).
 */
public final class UpdatingTicket {

    /** What to change; an empty value leaves the item as it is. */
    public record Change(long version, Optional<String> title, Optional<Priority> priority,
            Optional<LocalDate> dueDate) {
    }

    private final Tickets tickets;
    private final AuditLog audit;
    private final Clock clock;

    public UpdatingTicket(Tickets tickets, AuditLog audit, Clock clock) {
        this.tickets = tickets;
        this.audit = audit;
        this.clock = clock;
    }

    public Ticket update(TicketRules rules, TicketId id, Change change, Actor actor) {
        String title = change.title().map(t -> Texts.required("title", t, 200)).orElse(null);
        change.dueDate().ifPresent(d -> {
            if (d.getYear() < 2000 || d.getYear() > 2100) {
                throw new InvalidInputException("dueDate", "dueDate は 2000 年から 2100 年の日付で指定してください。");
            }
        });
        Ticket before = tickets.lock(rules.kind(), id).orElseThrow(() -> TransitioningTicket.notFound(rules.kind(), id));
        before.requireVersion(change.version());
        if (!before.open()) {
            throw new ConflictException("CLOSED", "id", "完了した" + rules.kind().label() + "は変更できません。");
        }
        String newTitle = title == null ? before.title() : title;
        Priority newPriority = change.priority().orElse(before.priority());
        LocalDate newDue = change.dueDate().isPresent() ? change.dueDate().get() : before.dueDate();
        Map<String, Map<String, String>> changes = new LinkedHashMap<>();
        List<String> lines = new ArrayList<>();
        record(changes, lines, "title", "件名", before.title(), newTitle);
        record(changes, lines, "priority", "優先度", before.priority().name(), newPriority.name());
        record(changes, lines, "dueDate", "期限", Objects.toString(before.dueDate(), ""), Objects.toString(newDue, ""));
        if (changes.isEmpty()) {
            return before;
        }
        boolean gated = rules.approval().isPresent();
        if (gated && changes.containsKey("title") && before.approvedContent().isPresent()) {
            throw new ConflictException("APPROVED_CONTENT_CHANGED", "title", "承認済みの件名は変更できません。変更する場合は「"
                    + rules.label(rules.approval().get().awaiting()) + "」に戻して、改めて承認を受けてください。");
        }
        Set<String> authors = before.authors();
        if (gated && changes.containsKey("title")) {
            authors = new HashSet<>(authors);
            authors.add(actor.name());
        }
        Ticket after = new Ticket(before.id(), before.kind(), newTitle, newPriority, before.status(), before.requester(),
                before.assignee(), newDue, before.fields(), before.createdAt(), before.firstRespondedAt(),
                before.resolvedAt(), before.closedAt(), before.version() + 1, before.pauses(), before.approvedContent(),
                authors);
        tickets.save(after);
        Instant now = clock.instant();
        tickets.appendTimeline(id, new TicketEvent(now, "UPDATED", actor.name(), String.join("\n", lines)));
        audit.append(new AuditEntry(actor.name(), rules.kind().name().toLowerCase() + ".update", "ticket",
                String.valueOf(id.value()), Map.of("changes", changes), actor.source()));
        return after;
    }

    private static void record(Map<String, Map<String, String>> changes, List<String> lines, String field,
            String label, String old, String now) {
        if (!Objects.equals(old, now)) {
            Map<String, String> change = new LinkedHashMap<>();
            change.put("old", old);
            change.put("now", now);
            changes.put(field, change);
            lines.add(label + "変更: 「" + old + "」 → 「" + now + "」");
        }
    }
}
