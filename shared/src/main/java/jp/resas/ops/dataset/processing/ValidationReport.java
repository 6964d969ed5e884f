package jp.resas.ops.dataset.processing;

import java.util.List;
import java.util.Map;

/**
 * What processing found: rows read, observations produced, error and warning counts by rule, the first
 * findings in full, and the summary the next version's drift is measured against.
 */
public record ValidationReport(String dataset, String file, long rows, long observations, long errors,
        long warnings, Map<String, Long> byRule, List<Finding> findings, VersionSummary summary) {

    /** A stored report without counts by rule or findings (written before they were kept) reads as having none. */
    public ValidationReport {
        byRule = byRule == null ? Map.of() : Map.copyOf(byRule);
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    public boolean passed() {
        return errors == 0;
    }

    public static ValidationReport of(String dataset, long rows, long observations, Findings findings,
            VersionSummary summary) {
        return new ValidationReport(dataset, findings.file(), rows, observations, findings.errors(),
                findings.warnings(), findings.byRule(), findings.kept(), summary);
    }
}
