package jp.resas.ops.incident;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.Actor;
import jp.resas.ops.common.Texts;

/** A person raises an incident by hand; it starts DETECTED like an alarm-raised one. */
public final class RaisingIncident {

    private final IncidentWork work;
    private final Incidents incidents;
    private final AuditLog audit;
    private final Clock clock;

    public RaisingIncident(IncidentWork work, Incidents incidents, AuditLog audit, Clock clock) {
        this.work = work;
        this.incidents = incidents;
        this.audit = audit;
        this.clock = clock;
    }

    public IncidentId raise(NewIncident incident, Actor actor) {
        NewIncident checked = new NewIncident(Texts.required("title", incident.title(), 200),
                Severity.check(incident.severity()), incident.major(),
                Texts.optional("impact", incident.impact(), IncidentReport.MAX_LENGTH));
        Instant now = clock.instant();
        IncidentId id = work.raise(checked, actor.name(), now);
        incidents.appendTimeline(id, new TimelineEntry(now, "DETECTED", actor.name(),
                "手動起票: " + checked.title() + (checked.major() ? " (重大障害)" : "")));
        audit.append(new AuditEntry(actor.name(), "incident.raise", "incident", String.valueOf(id.value()),
                Map.of("title", checked.title(), "severity", checked.severity(), "major", checked.major()),
                actor.source()));
        return id;
    }
}
