package jp.resas.ops.notification;

import java.time.Duration;

/**
 * How long an undelivered notification waits before its next attempt: {@code first} after the first
 * failure, doubling each time, never more than {@code longest}. A notification is never given up.
 */
public record DeliveryBackoff(Duration first, Duration longest) {

    public static final DeliveryBackoff DEFAULT = new DeliveryBackoff(Duration.ofMinutes(1), Duration.ofHours(1));

    public DeliveryBackoff {
        if (first == null || first.isNegative() || first.isZero() || longest == null || longest.compareTo(first) < 0) {
            throw new IllegalArgumentException("delivery backoff: first must be positive and longest at least first, was "
                    + first + " / " + longest);
        }
    }

    /** The wait after the {@code attempts}-th failed attempt (1-based). */
    public Duration after(int attempts) {
        Duration wait = first;
        for (int i = 1; i < attempts && wait.compareTo(longest) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longest) > 0 ? longest : wait;
    }
}
