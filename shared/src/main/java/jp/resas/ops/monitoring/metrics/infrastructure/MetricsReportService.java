package jp.resas.ops.monitoring.metrics.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.resas.ops.monitored.MonitoredService;
import jp.resas.ops.monitored.MonitoredSystem;
import java.util.Set;
import java.util.stream.Collectors;
import jp.resas.ops.monitoring.metrics.AvailabilityReport;
import jp.resas.ops.monitoring.metrics.MetricsReport;
import jp.resas.ops.monitoring.runs.CollectionPeriod;
import jp.resas.ops.platform.jdbc.Sql;

@Singleton
public class MetricsReportService {

    private final Sql sql;
    private final MonitoredSystem system;

    MetricsReportService(Sql sql, MonitoredSystem system) {
        this.sql = sql;
        this.system = system;
    }

    @Transactional(readOnly = true)
    public MetricsReport metrics(CollectionPeriod days, Optional<String> service) {
        List<MetricsReport.Row> rows = sql.query("SELECT day, service, namespace, metric, resource, stat, value, threshold, "
                + "breached FROM metric_daily WHERE day >= ? AND day < ? AND (?::text IS NULL OR service = ?) "
                + "ORDER BY day, service, namespace, metric, resource, stat",
                row -> new MetricsReport.Row(row.getObject("day", LocalDate.class).toString(), row.getString("service"),
                        row.getString("namespace"),
                        row.getString("metric"), row.getString("resource"), row.getString("stat"), row.getDouble("value"),
                        (Double) row.getObject("threshold"), row.getBoolean("breached")), days.start(), days.end(), service.orElse(null),
                service.orElse(null));
        return new MetricsReport(days.start().toString(), days.end().minusDays(1).toString(), rows);
    }

    /**
     * Every service that has an availability rule, RESAS's first, then RESAS Ops (whose rule its
     * deployment sets: the ops API's 5xx share).
     */
    @Transactional(readOnly = true)
    public List<AvailabilityReport> availability(YearMonth month, LocalDate today) {
        return system.allServices().stream()
                .filter(s -> s.availability().isPresent() || s.equals(system.opsPlatform()))
                .map(s -> availability(month, today, s)).toList();
    }

    @Transactional(readOnly = true)
    public AvailabilityReport availability(YearMonth month, LocalDate today, MonitoredService service) {
        List<AvailabilityReport.Day> days = sql.query("SELECT day, periods, breached_periods, idle_periods "
                + "FROM availability_daily WHERE service = ? AND day >= ? AND day < ? ORDER BY day",
                row -> new AvailabilityReport.Day(row.getObject("day", LocalDate.class).toString(), row.getInt("periods"),
                        row.getInt("breached_periods"), row.getInt("idle_periods")), service.id(), month.atDay(1),
                month.plusMonths(1).atDay(1));
        Set<String> measured = days.stream().map(AvailabilityReport.Day::day).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        for (LocalDate day = month.atDay(1); day.isBefore(month.plusMonths(1).atDay(1)) && day.isBefore(today);
                day = day.plusDays(1)) {
            if (!measured.contains(day.toString())) {
                missing.add(day.toString());
            }
        }
        return AvailabilityReport.of(month.toString(), service.id(), service.name(),
                service.availability().map(a -> a.targetPercent()).orElse(null), days, missing);
    }

}
