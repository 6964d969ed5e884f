package jp.resas.ops.incident.web;

import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.Texts;
import jp.resas.ops.incident.IncidentReport;
import jp.resas.ops.incident.IncidentStatus;
import jp.resas.ops.incident.IncidentTransition;

/** Moves an incident; the report sections written at this stage ride along. */
record TransitionRequest(String to, Long version, String note, String impact, String cause, String workaround,
        String permanentFix, String prevention) {

    IncidentTransition command() {
        return new IncidentTransition(Texts.oneOf("to", to, IncidentStatus.class), requireVersion(version), note,
                new IncidentReport(impact, cause, workaround, permanentFix, prevention));
    }

    static long requireVersion(Long version) {
        if (version == null) {
            throw new InvalidInputException("version", "version (取得時の版) を指定してください。");
        }
        return version;
    }
}
