package jp.resas.ops.incident;

import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.sla.Priority;

/** Severity 1 (worst) to 4, and the SLA priority it means. */
public final class Severity {

    private Severity() {
    }

    public static int check(int severity) {
        if (severity < 1 || severity > 4) {
            throw new InvalidInputException("severity", "severity は 1 から 4 の整数で指定してください。");
        }
        return severity;
    }

    public static Priority priority(int severity) {
        return Priority.values()[check(severity) - 1];
    }
}
