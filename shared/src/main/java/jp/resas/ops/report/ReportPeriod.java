package jp.resas.ops.report;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.resas.ops.common.InvalidInputException;

/** The days a report covers, in JST, first and last day included; never in the future. */
public record ReportPeriod(String key, LocalDate first, LocalDate last) {

    public static final ZoneOffset JST = ZoneOffset.ofHours(9);
    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

    public Instant start() {
        return first.atStartOfDay().toInstant(JST);
    }

    public Instant end() {
        return last.plusDays(1).atStartOfDay().toInstant(JST);
    }

    public boolean contains(Instant at) {
        return at != null && !at.isBefore(start()) && at.isBefore(end());
    }

    public YearMonth month() {
        return YearMonth.from(first);
    }

    public static ReportPeriod month(String field, String value, Clock clock) {
        YearMonth month;
        try {
            month = YearMonth.parse(value == null ? "" : value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " は YYYY-MM 形式で指定してください (例: 2026-11)。");
        }
        if (month.isAfter(YearMonth.now(clock.withZone(JST)))) {
            throw new InvalidInputException(field, month + " はまだ始まっていない月です。");
        }
        return new ReportPeriod(month.toString(), month.atDay(1), month.atEndOfMonth());
    }

    public static ReportPeriod week(String field, String value, Clock clock) {
        Matcher m = WEEK.matcher(value == null ? "" : value);
        if (!m.matches()) {
            throw new InvalidInputException(field, field + " は ISO 週 YYYY-Www 形式で指定してください (例: 2026-W48)。");
        }
        int year = Integer.parseInt(m.group(1));
        int week = Integer.parseInt(m.group(2));
        LocalDate anyDay = LocalDate.of(year, 6, 1);
        if (week < 1 || week > anyDay.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
            throw new InvalidInputException(field, value + " は存在しない週です。");
        }
        LocalDate monday = anyDay.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
        if (monday.isAfter(LocalDate.now(clock.withZone(JST)))) {
            throw new InvalidInputException(field, value + " はまだ始まっていない週です。");
        }
        return new ReportPeriod(value, monday, monday.plusDays(6));
    }
}
