package jp.resas.ops.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.temporal.ChronoField;

/** Dates as the government writes them in headings: 令和8年11月, 令和元年5月1日. */
public final class EraDates {

    private EraDates() {
    }

    public static String month(YearMonth month) {
        return yearOf(month.atDay(1)) + month.getMonthValue() + "月";
    }

    public static String day(LocalDate day) {
        return yearOf(day) + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
    }

    private static String yearOf(LocalDate day) {
        JapaneseDate date = JapaneseDate.from(day);
        JapaneseEra era = date.getEra();
        int year = date.get(ChronoField.YEAR_OF_ERA);
        return eraName(era) + (year == 1 ? "元" : String.valueOf(year)) + "年";
    }

    private static String eraName(JapaneseEra era) {
        return era.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.JAPAN);
    }
}
