package jp.resas.ops.municipality;

import java.time.LocalDate;

/** When a code was in use: from {@code from} (inclusive, null = before 1980) until {@code until} (exclusive, null = still). */
public record Validity(LocalDate from, LocalDate until) {

    public boolean covers(LocalDate date) {
        return (from == null || !date.isBefore(from)) && (until == null || date.isBefore(until));
    }
}
