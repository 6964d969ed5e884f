package jp.resas.ops.monitoring.runs.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.util.List;
import jp.resas.ops.monitoring.runs.Collector;
import jp.resas.ops.monitoring.runs.CollectorRuns;
import jp.resas.ops.monitoring.runs.RunReport;
import jp.resas.ops.platform.jdbc.Sql;

@Singleton
final class JdbcCollectorRuns implements CollectorRuns {

    private final Sql sql;
    private final ObjectMapper json;

    JdbcCollectorRuns(Sql sql, ObjectMapper json) {
        this.sql = sql;
        this.json = json;
    }

    @Override
    public void record(RunReport run) {
        String missing;
        try {
            missing = json.writeValueAsString(run.missing());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("missing items are not serialisable", e);
        }
        sql.update("INSERT INTO collector_run (collector, period, status, started_at, finished_at, missing, error) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", run.collector().functionName(), run.period(), run.status(),
                run.startedAt(), run.finishedAt(), new Sql.Json(missing), run.error());
    }

    @Override
    public int consecutiveFailures(Collector collector) {
        List<String> latest = sql.query("SELECT status FROM collector_run WHERE collector = ? "
                + "ORDER BY finished_at DESC, id DESC LIMIT 50", row -> row.getString(1), collector.functionName());
        int failures = 0;
        for (String status : latest) {
            if (!status.equals("FAILED")) {
                break;
            }
            failures++;
        }
        return failures;
    }
}
