package jp.resas.ops.monitoring.metrics;

import java.time.LocalDate;

/**
 * One day of five-minute periods: {@code breached} ones had a 5xx rate above the limit or a failed
 * health check; {@code idle} ones had no request (counted as available: nothing failed).
 */
public record AvailabilityDay(LocalDate day, int periods, int breached, int idle) {
}
