package jp.resas.ops.sla;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * The service level for one ticket type and priority. Targets are business time (開庁日 9:00-17:00
 * by default), so "8 hours" means one working day.
 *
 * @param type           ticket type
 * @param priority       priority
 * @param firstResponse  business time allowed until the first response
 * @param resolution     business time allowed until resolution, not counting honoured pauses
 * @param warningPercent share of a target after which the clock shows WARNING (1-99)
 * @param pausedBy       the waits that stop the resolution clock
 */
public record SlaPolicy(TicketType type, Priority priority, Duration firstResponse, Duration resolution,
        int warningPercent, Set<PauseReason> pausedBy) {

    public static final int DEFAULT_WARNING_PERCENT = 80;

    public SlaPolicy {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(priority, "priority");
        requirePositive(firstResponse, "first-response target");
        requirePositive(resolution, "resolution target");
        if (firstResponse.compareTo(resolution) > 0) {
            throw new IllegalArgumentException(type + "/" + priority
                    + ": first-response target exceeds the resolution target");
        }
        if (warningPercent < 1 || warningPercent > 99) {
            throw new IllegalArgumentException("warning threshold must be 1-99%, not " + warningPercent);
        }
        pausedBy = Set.copyOf(pausedBy);
    }

    /** The business time after which a clock with {@code target} shows WARNING. */
    public Duration warningAfter(Duration target) {
        if (target.getSeconds() < MAX_NANO_SECONDS && target.getSeconds() > -MAX_NANO_SECONDS) {
            // In nanoseconds, as Duration's own arithmetic truncates, without its BigDecimal (a list page asks 100 times).
            return Duration.ofNanos(target.toNanos() * warningPercent / 100);
        }
        return target.multipliedBy(warningPercent).dividedBy(100);
    }

    /** Targets shorter than this many seconds times 99 % still fit a long of nanoseconds. */
    private static final long MAX_NANO_SECONDS = Long.MAX_VALUE / 1_000_000_000L / 100;

    private static void requirePositive(Duration d, String what) {
        if (d == null || d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(what + " must be positive, not " + d);
        }
    }
}
