package jp.resas.ops.notification;

import java.time.Duration;
import java.util.Map;

/**
 * How long a page may stay unacknowledged before the next contact is told, per severity
 * ({@code resas.notifications.escalate-after.sev1}, {@code .sev2}; defaults 15 and 30 minutes).
 */
public record EscalationPolicy(Map<Integer, Duration> afterBySeverity) {

    public EscalationPolicy {
        afterBySeverity = Map.copyOf(afterBySeverity);
        for (int severity = 1; severity <= 2; severity++) {
            Duration after = afterBySeverity.get(severity);
            if (after == null || after.isNegative() || after.isZero()) {
                throw new IllegalArgumentException("resas.notifications.escalate-after.sev" + severity
                        + ": expected a positive duration such as PT15M, was " + after);
            }
        }
    }

    public Duration after(int severity) {
        return afterBySeverity.get(severity);
    }
}
