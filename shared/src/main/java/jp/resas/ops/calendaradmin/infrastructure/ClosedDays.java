package jp.resas.ops.calendaradmin.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import jp.resas.ops.platform.jdbc.Keyset;
import jp.resas.ops.platform.jdbc.Sql;

/**
 * The extra closed days for the settings page, the latest day first, one keyset page at a time (the primary
 * key on {@code day} read backwards): every year adds some, and the page never lists them all at once.
 */
@Singleton
public class ClosedDays {

    /** One closed day and why. */
    public record ClosedDay(LocalDate day, String reason) {
    }

    /** The ISO date as text sorts as the date does (years of four digits). */
    private static final Keyset LATEST_FIRST = Keyset.descending(Keyset.text("day_key"));

    private final Sql sql;

    ClosedDays(Sql sql) {
        this.sql = sql;
    }

    @Transactional(readOnly = true)
    public Keyset.Page<ClosedDay> page(Keyset.Request request) {
        return LATEST_FIRST.page(sql, "SELECT to_char(day, 'YYYY-MM-DD') AS day_key, day, reason FROM calendar_closed_day",
                row -> new ClosedDay(row.getObject("day", LocalDate.class), row.getString("reason")), request);
    }
}
