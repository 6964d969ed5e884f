package jp.resas.ops.incident.web;

import java.util.Optional;
import jp.resas.ops.incident.IncidentChange;
import jp.resas.ops.incident.IncidentReport;

/** Edits without a stage change; absent fields stay as they are, an empty assignee unassigns. */
record IncidentUpdateRequest(Long version, Integer severity, Boolean major, String assignee, String impact,
        String cause, String workaround, String permanentFix, String prevention) {

    IncidentChange command() {
        return new IncidentChange(TransitionRequest.requireVersion(version), Optional.ofNullable(severity),
                Optional.ofNullable(major), Optional.ofNullable(assignee),
                new IncidentReport(impact, cause, workaround, permanentFix, prevention));
    }
}
