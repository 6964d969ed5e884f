package jp.resas.ops.incident.web;

import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.incident.NewIncident;

record NewIncidentRequest(String title, Integer severity, Boolean major, String impact) {

    NewIncident command() {
        if (severity == null) {
            throw new InvalidInputException("severity", "severity は 1 から 4 の整数で指定してください。");
        }
        return new NewIncident(title, severity, Boolean.TRUE.equals(major), impact);
    }
}
