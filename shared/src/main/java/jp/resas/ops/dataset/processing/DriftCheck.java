package jp.resas.ops.dataset.processing;

import jp.resas.ops.dataset.spec.DriftRule;

/** Compares a new version's summary with the published one: row count and each measure's sum. */
final class DriftCheck {

    private DriftCheck() {
    }

    static void check(VersionSummary current, VersionSummary previous, DriftRule rule, Findings findings) {
        Severity severity = Severity.valueOf(rule.severity());
        double rows = change(current.observations(), previous.observations());
        if (Math.abs(rows) > rule.rowCountTolerance()) {
            findings.add(new Finding(severity, "row-count-drift", findings.file(), 0, "", String.valueOf(current.observations()),
                    "件数が公開中の版から " + percent(rows) + " 変化しています（" + previous.observations() + " → "
                            + current.observations() + "、許容 ±" + percent(rule.rowCountTolerance()) + "）。"));
        }
        previous.sums().forEach((measure, before) -> {
            double after = current.sums().getOrDefault(measure, 0.0);
            double change = change(after, before);
            if (Math.abs(change) > rule.valueTolerance()) {
                findings.add(new Finding(severity, "value-drift", findings.file(), 0, measure, String.valueOf(after),
                        "「" + measure + "」の合計が公開中の版から " + percent(change) + " 変化しています（許容 ±"
                                + percent(rule.valueTolerance()) + "）。"));
            }
        });
    }

    private static double change(double after, double before) {
        return before == 0 ? (after == 0 ? 0 : 1) : (after - before) / before;
    }

    private static String percent(double ratio) {
        return String.format("%+.1f%%", ratio * 100).replace("+-", "-");
    }
}
