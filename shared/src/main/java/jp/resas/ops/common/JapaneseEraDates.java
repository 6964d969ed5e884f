package jp.resas.ops.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as government documents print them: 令和8年11月20日 (JST), 元年 for the first year of an era. */
public final class JapaneseEraDates {

    private static final ZoneOffset JST = ZoneOffset.ofHours(9);
    private static final DateTimeFormatter ERA = DateTimeFormatter.ofPattern("GGGG", Locale.JAPAN);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private JapaneseEraDates() {
    }

    public static String date(LocalDate day) {
        return yearMonth(day) + day.getDayOfMonth() + "日";
    }

    public static String month(YearMonth month) {
        return yearMonth(month.atDay(1));
    }

    /** 令和8年11月20日 14:00 (JST). */
    public static String dateTime(Instant at) {
        var local = at.atOffset(JST);
        return date(local.toLocalDate()) + " " + TIME.format(local);
    }

    private static String yearMonth(LocalDate day) {
        JapaneseDate japanese = JapaneseDate.from(day);
        int year = japanese.get(java.time.temporal.ChronoField.YEAR_OF_ERA);
        return ERA.format(japanese) + (year == 1 ? "元" : String.valueOf(year)) + "年" + day.getMonthValue() + "月";
    }
}
