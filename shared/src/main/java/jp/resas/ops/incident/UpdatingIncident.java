package jp.resas.ops.incident;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.Actor;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.Texts;

/** Changes severity, the major flag, the assignee or report sections, each change on the timeline. */
public final class UpdatingIncident {

    private final IncidentWork work;
    private final Incidents incidents;
    private final AuditLog audit;
    private final Clock clock;

    public UpdatingIncident(IncidentWork work, Incidents incidents, AuditLog audit, Clock clock) {
        this.work = work;
        this.incidents = incidents;
        this.audit = audit;
        this.clock = clock;
    }

    public IncidentCase update(IncidentId id, IncidentChange change, Actor actor) {
        int severity = change.severity().map(Severity::check).orElse(-1);
        String assignee = change.assignee().map(a -> Texts.optional("assignee", a, 100)).orElse(null);
        IncidentReport written = change.report().checked();
        IncidentCase before = work.lock(id).orElseThrow(() -> TransitioningIncident.notFound(id));
        before.requireVersion(change.version());
        if (before.status() == IncidentStatus.CLOSED) {
            throw new ConflictException("CLOSED", "id", "完了した障害は変更できません。");
        }
        if (before.major() && change.major().filter(major -> !major).isPresent()) {
            // Un-flagging would skip the 再発防止策 that closing a major incident requires.
            throw new ConflictException("MAJOR_INCIDENT", "major", "重大障害の指定は解除できません。"
                    + "完了するには再発防止策 (prevention) を記入してください。");
        }
        IncidentCase after = new IncidentCase(id, before.title(), before.status(),
                severity > 0 ? severity : before.severity(), change.major().orElse(before.major()),
                change.assignee().isPresent() ? assignee : before.assignee(), before.report().with(written),
                before.version() + 1);
        List<String> what = describe(before, after, written);
        if (what.isEmpty()) {
            return before;
        }
        Instant now = clock.instant();
        work.update(after, now);
        incidents.appendTimeline(id, new TimelineEntry(now, "UPDATED", actor.name(), String.join("\n", what)));
        audit.append(new AuditEntry(actor.name(), "incident.update", "incident", String.valueOf(id.value()),
                Map.of("summary", what, "changes", IncidentChanges.between(before, after)), actor.source()));
        return after;
    }

    private static List<String> describe(IncidentCase before, IncidentCase after, IncidentReport written) {
        List<String> what = new ArrayList<>();
        if (before.severity() != after.severity()) {
            what.add("重大度変更: " + before.severity() + " → " + after.severity());
        }
        if (before.major() != after.major()) {
            what.add(after.major() ? "重大障害に指定" : "重大障害の指定を解除");
        }
        if (!java.util.Objects.equals(before.assignee(), after.assignee())) {
            what.add(after.assignee() == null ? "担当者を解除" : "担当者: " + after.assignee());
        }
        if (!written.sectionNames().isEmpty()) {
            what.add("報告書更新: " + written.sectionNames());
        }
        return what;
    }
}
