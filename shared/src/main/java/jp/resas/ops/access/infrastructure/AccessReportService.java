package jp.resas.ops.access.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.resas.ops.access.AccessMonthReport;
import jp.resas.ops.access.AccessMonthReport.Count;
import jp.resas.ops.access.AccessMonthReport.Day;
import jp.resas.ops.access.AccessMonthReport.ServiceAccess;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.monitored.MonitoredService;
import jp.resas.ops.monitored.MonitoredSystem;
import jp.resas.ops.platform.jdbc.Sql;

/** Reads the access figures per service ({@link AccessMonthReport} says which services a month adds up). */
@Singleton
public class AccessReportService {

    private final Sql sql;
    private final AnalyticsImportService analytics;
    private final MonitoredSystem system;

    AccessReportService(Sql sql, AnalyticsImportService analytics, MonitoredSystem system) {
        this.sql = sql;
        this.analytics = analytics;
        this.system = system;
    }

    public AccessMonthReport month(YearMonth month, LocalDate today) {
        return month(month, today, Optional.empty());
    }

    /** @param service one service id of the monitored-system description; empty: RESAS's sites */
    @Transactional(readOnly = true)
    public AccessMonthReport month(YearMonth month, LocalDate today, Optional<String> service) {
        List<String> included = service.map(this::known).map(List::of).orElseGet(this::resasSites);
        String[] ids = included.toArray(String[]::new);
        LocalDate start = month.atDay(1);
        LocalDate end = month.plusMonths(1).atDay(1);
        List<Day> days = sql.query("SELECT day, sum(requests) AS requests, sum(page_views) AS page_views, "
                + "sum(unique_visitors) AS unique_visitors FROM access_daily WHERE day >= ? AND day < ? "
                + "AND service = ANY (?) GROUP BY day HAVING count(DISTINCT service) = ? ORDER BY day",
                row -> new Day(row.getObject("day", LocalDate.class).toString(), row.getLong("requests"),
                        row.getLong("page_views"), row.getLong("unique_visitors")), start, end, ids, ids.length);
        Set<String> measured = days.stream().map(Day::day).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        for (LocalDate day = start; day.isBefore(end) && day.isBefore(today); day = day.plusDays(1)) {
            if (!measured.contains(day.toString())) {
                missing.add(day.toString());
            }
        }
        return new AccessMonthReport(month.toString(), included, days.stream().mapToLong(Day::requests).sum(),
                days.stream().mapToLong(Day::pageViews).sum(), days.stream().mapToLong(Day::uniqueVisitors).sum(), days,
                top("PAGE", start, end, ids), top("MENU", start, end, ids), top("STATUS", start, end, ids),
                top("REFERRER", start, end, ids), missing, services(start, end),
                analytics.summary(month).orElse(null));
    }

    /** The description's sites (services with accessLogs), else RESAS Ops' own when no RESAS site is described. */
    private List<String> resasSites() {
        List<String> sites = AccessLogSources.monitored(system).stream().map(s -> s.service().id()).toList();
        return sites.isEmpty() ? List.of(system.opsPlatform().id()) : sites;
    }

    private String known(String service) {
        return system.service(service).map(MonitoredService::id).orElseThrow(() -> new InvalidInputException("service",
                "service は監視対象の記述にあるサービス ID で指定してください: " + system.allServices().stream()
                        .map(MonitoredService::id).collect(Collectors.joining(", "))));
    }

    /** Every site with figures in the month, and every described site (with zeros when it has none yet). */
    private List<ServiceAccess> services(LocalDate start, LocalDate end) {
        Map<String, ServiceAccess> stored = sql.query("SELECT service, sum(requests) AS requests, "
                + "sum(page_views) AS page_views, sum(unique_visitors) AS visitors, count(*)::int AS days "
                + "FROM access_daily WHERE day >= ? AND day < ? GROUP BY service", row -> new ServiceAccess(
                row.getString("service"), name(row.getString("service")), row.getLong("requests"),
                row.getLong("page_views"), row.getLong("visitors"), row.getInt("days")), start, end).stream()
                .collect(Collectors.toMap(ServiceAccess::service, s -> s));
        Set<String> ids = new LinkedHashSet<>();
        system.allServices().stream().map(MonitoredService::id).filter(id -> stored.containsKey(id)
                || AccessLogSources.monitored(system).stream().anyMatch(s -> s.service().id().equals(id))).forEach(ids::add);
        stored.keySet().stream().sorted().forEach(ids::add);
        return ids.stream().map(id -> stored.getOrDefault(id, new ServiceAccess(id, name(id), 0, 0, 0, 0))).toList();
    }

    private String name(String service) {
        return system.service(service).map(MonitoredService::name).orElse(service);
    }

    private List<Count> top(String dimension, LocalDate start, LocalDate end, String[] services) {
        return sql.query("SELECT key, sum(count) AS total FROM access_breakdown_daily WHERE dimension = ? AND day >= ? "
                + "AND day < ? AND service = ANY (?) GROUP BY key ORDER BY total DESC, key LIMIT 20",
                row -> new Count(row.getString("key"), row.getLong("total")), dimension, start, end, services);
    }
}
