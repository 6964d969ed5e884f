package jp.resas.ops.incident;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.Actor;
import jp.resas.ops.common.NotFoundException;
import jp.resas.ops.common.Texts;

/**
 * Moves an incident to its next stage: who, when and what goes on the timeline, the report sections
 * written at this stage are kept, and the audit log records it — all or nothing.
 */
public final class TransitioningIncident {

    private final IncidentWork work;
    private final Incidents incidents;
    private final AuditLog audit;
    private final Clock clock;

    public TransitioningIncident(IncidentWork work, Incidents incidents, AuditLog audit, Clock clock) {
        this.work = work;
        this.incidents = incidents;
        this.audit = audit;
        this.clock = clock;
    }

    public IncidentCase transition(IncidentId id, IncidentTransition command, Actor actor) {
        String note = Texts.optional("note", command.note(), AddingNote.MAX_LENGTH);
        IncidentReport written = command.report().checked();
        IncidentCase before = work.lock(id).orElseThrow(() -> notFound(id));
        before.requireVersion(command.version());
        IncidentReport report = before.report().with(written);
        IncidentLifecycle.check(before, command.to(), report, note);
        Instant now = clock.instant();
        work.moveTo(id, command.to(), now, report);
        String message = "状態変更: " + IncidentLifecycle.label(before.status()) + " → "
                + IncidentLifecycle.label(command.to())
                + (written.sectionNames().isEmpty() ? "" : " (記入: " + written.sectionNames() + ")")
                + (note == null ? "" : "\n" + note);
        incidents.appendTimeline(id, new TimelineEntry(now, command.to().name(), actor.name(), message));
        audit.append(new AuditEntry(actor.name(), "incident.transition", "incident", String.valueOf(id.value()),
                Map.of("from", before.status().name(), "to", command.to().name(), "sections", written.sectionNames(),
                        "changes", IncidentChanges.between(before.report(), report)),
                actor.source()));
        return new IncidentCase(id, before.title(), command.to(), before.severity(), before.major(),
                before.assignee(), report, before.version() + 1);
    }

    static NotFoundException notFound(IncidentId id) {
        return new NotFoundException("指定された障害 (ID " + id.value() + ") は存在しません。");
    }
}
