package jp.resas.ops.sfn.internal.asl;

import java.util.List;

/** One {@code Retry} entry; defaults are the service's (1 s, 3 attempts, backoff 2.0, no jitter). */
public record Retrier(List<String> errorEquals, double intervalSeconds, int maxAttempts, double backoffRate,
                      Long maxDelaySeconds, boolean fullJitter) {

    public static final double DEFAULT_INTERVAL_SECONDS = 1;
    public static final int DEFAULT_MAX_ATTEMPTS = 3;
    public static final double DEFAULT_BACKOFF_RATE = 2.0;

    /** The delay before retry number {@code attempt} (1-based), before jitter. */
    public double delaySeconds(int attempt) {
        double delay = intervalSeconds * Math.pow(backoffRate, attempt - 1);
        return maxDelaySeconds == null ? delay : Math.min(delay, maxDelaySeconds);
    }
}
