package jp.resas.ops.incident.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;
import jp.resas.ops.incident.IncidentDossier;
import jp.resas.ops.incident.IncidentReport;
import jp.resas.ops.incident.TimelineEntry;
import jp.resas.ops.sla.SlaStatus;
import jp.resas.ops.ticket.web.SlaView;

/**
 * One incident with everything a 障害報告書 needs: stage times, report sections, SLA, and the timeline
 * oldest entry first. {@code version} is what a transition or edit must send back.
 */
record IncidentDetailView(@JsonUnwrapped IncidentView incident, boolean major, String assignee, long version,
        Instant respondedAt, Instant mitigatedAt, Instant rootCauseAt, Instant resolvedAt, IncidentReport report,
        SlaView sla, List<TimelineEntry> timeline) {

    static IncidentDetailView of(IncidentDossier dossier, SlaStatus sla) {
        var work = dossier.work();
        var stages = dossier.stages();
        return new IncidentDetailView(IncidentView.of(dossier.incident()), work.major(), work.assignee(),
                work.version(), stages.respondedAt(), stages.mitigatedAt(), stages.rootCauseAt(),
                stages.resolvedAt(), work.report(), SlaView.of(sla), dossier.timeline());
    }
}
