package jp.resas.ops.dashboard.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.resas.ops.platform.jdbc.Sql;

/** The counts the dashboard shows that no use case answers as a list: open incidents, failed collectors. */
@Singleton
public class DashboardFigures {

    /** A collector's latest run for some period ended badly. */
    public record FailedCollector(String collector, String period, String status, Instant finishedAt, String error) {
    }

    private final Sql sql;
    private final Clock clock;

    DashboardFigures(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    /** Incidents not closed, by severity 1-4 (every severity present, zero when none). */
    @Transactional(readOnly = true)
    public Map<Integer, Long> openIncidentsBySeverity() {
        Map<Integer, Long> counts = new TreeMap<>(Map.of(1, 0L, 2, 0L, 3, 0L, 4, 0L));
        sql.query("SELECT severity, count(*) AS n FROM incident WHERE status <> 'CLOSED' GROUP BY severity",
                row -> counts.put(row.getInt("severity"), row.getLong("n")));
        return counts;
    }

    /** Collectors whose latest run of a period finished in the last {@code within} and did not succeed. */
    @Transactional(readOnly = true)
    public List<FailedCollector> failedCollectors(Duration within) {
        return sql.query("""
                SELECT collector, period, status, finished_at, error FROM (
                    SELECT DISTINCT ON (collector, period) collector, period, status, finished_at, error
                    FROM collector_run WHERE finished_at >= ?
                    ORDER BY collector, period, finished_at DESC, id DESC) latest
                WHERE status <> 'SUCCEEDED' ORDER BY finished_at DESC LIMIT 20""",
                row -> new FailedCollector(row.getString("collector"), row.getString("period"), row.getString("status"),
                        Sql.instant(row, "finished_at"), row.getString("error")),
                clock.instant().minus(within));
    }
}
