package jp.resas.ops.dataset.spec;

/**
 * Change against the published version beyond these relative tolerances (0.05 = 5%) is reported with
 * {@code severity}: WARNING for the approver to see, ERROR to stop the version.
 */
public record DriftRule(double rowCountTolerance, double valueTolerance, String severity) {

    public DriftRule {
        severity = severity == null ? "WARNING" : severity;
        if (!severity.equals("WARNING") && !severity.equals("ERROR")) {
            throw new SpecException("drift.severity must be WARNING or ERROR, not " + severity);
        }
    }
}
