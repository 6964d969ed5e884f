package jp.resas.ops.access.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import jp.resas.ops.access.AccessMonthReport;
import jp.resas.ops.access.AccessMonthReport.Count;
import jp.resas.ops.access.AccessMonthReport.Day;
import jp.resas.ops.platform.jdbc.Sql;

@Singleton
public class AccessReportService {

    private final Sql sql;
    private final AnalyticsImportService analytics;

    AccessReportService(Sql sql, AnalyticsImportService analytics) {
        this.sql = sql;
        this.analytics = analytics;
    }

    @Transactional(readOnly = true)
    public AccessMonthReport month(YearMonth month, LocalDate today) {
        LocalDate start = month.atDay(1);
        LocalDate end = month.plusMonths(1).atDay(1);
        List<Day> days = sql.query("SELECT day, requests, page_views, unique_visitors FROM access_daily "
                + "WHERE day >= ? AND day < ? ORDER BY day", row -> new Day(row.getObject("day", LocalDate.class).toString(),
                row.getLong("requests"), row.getLong("page_views"), row.getLong("unique_visitors")), start, end);
        Set<String> measured = days.stream().map(Day::day).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        for (LocalDate day = start; day.isBefore(end) && day.isBefore(today); day = day.plusDays(1)) {
            if (!measured.contains(day.toString())) {
                missing.add(day.toString());
            }
        }
        return new AccessMonthReport(month.toString(), days.stream().mapToLong(Day::requests).sum(),
                days.stream().mapToLong(Day::pageViews).sum(), days.stream().mapToLong(Day::uniqueVisitors).sum(), days,
                top("PAGE", start, end), top("MENU", start, end), top("STATUS", start, end), top("REFERRER", start, end),
                missing, analytics.summary(month).orElse(null));
    }

    private List<Count> top(String dimension, LocalDate start, LocalDate end) {
        return sql.query("SELECT key, sum(count) AS total FROM access_breakdown_daily WHERE dimension = ? AND day >= ? "
                + "AND day < ? GROUP BY key ORDER BY total DESC, key LIMIT 20",
                row -> new Count(row.getString("key"), row.getLong("total")), dimension, start, end);
    }
}
