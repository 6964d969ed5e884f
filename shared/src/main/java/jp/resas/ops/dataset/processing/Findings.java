package jp.resas.ops.dataset.processing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects findings with bounded memory: every one is counted by rule, the first {@link #KEPT} are kept
 * in full (a file with a million bad rows is one problem repeated, not a million to read).
 */
public final class Findings {

    public static final int KEPT = 500;

    private final String file;
    private final List<Finding> kept = new ArrayList<>();
    private final Map<String, Long> byRule = new TreeMap<>();
    private long errors;
    private long warnings;

    public Findings(String file) {
        this.file = file;
    }

    public void error(String rule, long line, String column, String value, String message) {
        add(new Finding(Severity.ERROR, rule, file, line, column, value, message));
    }

    public void warning(String rule, long line, String column, String value, String message) {
        add(new Finding(Severity.WARNING, rule, file, line, column, value, message));
    }

    public void add(Finding finding) {
        if (finding.severity() == Severity.ERROR) {
            errors++;
        } else {
            warnings++;
        }
        byRule.merge(finding.rule(), 1L, Long::sum);
        if (kept.size() < KEPT) {
            kept.add(finding);
        }
    }

    /** Adds another part's counts and, while there is room, its kept findings (chunks of one file). */
    public void absorb(ValidationReport part) {
        errors += part.errors();
        warnings += part.warnings();
        part.byRule().forEach((rule, count) -> byRule.merge(rule, count, Long::sum));
        part.findings().stream().limit(Math.max(0, KEPT - kept.size())).forEach(kept::add);
    }

    public long errors() {
        return errors;
    }

    public long warnings() {
        return warnings;
    }

    public List<Finding> kept() {
        return List.copyOf(kept);
    }

    public Map<String, Long> byRule() {
        return Map.copyOf(byRule);
    }

    public String file() {
        return file;
    }
}
