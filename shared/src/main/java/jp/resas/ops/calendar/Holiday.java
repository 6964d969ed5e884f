package jp.resas.ops.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day off under the holiday law: a 国民の祝日, or a 休日 (substitute or citizens' holiday, which
 * the Cabinet Office list names just {@code 休日}), or a one-off day set by a special law.
 *
 * @param date the day
 * @param name its Japanese name as the Cabinet Office writes it, e.g. {@code 春分の日}
 */
public record Holiday(LocalDate date, String name) {

    public Holiday {
        Objects.requireNonNull(date, "date");
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("holiday " + date + " has no name");
        }
    }
}
