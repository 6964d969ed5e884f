package jp.resas.ops.devschedule;

import java.time.LocalDate;

/** A milestone's planned date and, once reached, its actual date. */
public record MilestoneDates(LocalDate planned, LocalDate actual) {
}
