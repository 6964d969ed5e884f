package jp.resas.ops.monitoring.runs.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import jp.resas.ops.monitoring.runs.RunSummary;
import jp.resas.ops.platform.jdbc.Sql;

/** The latest run of a collector for a period, for the read endpoints to show how complete a figure is. */
@Singleton
public class RunViews {

    private final Sql sql;
    private final ObjectMapper json;

    RunViews(Sql sql, ObjectMapper json) {
        this.sql = sql;
        this.json = json;
    }

    public Optional<RunSummary> latest(String collector, String period) {
        return sql.queryOne("SELECT status, finished_at, missing::text AS missing FROM collector_run "
                + "WHERE collector = ? AND period = ? ORDER BY finished_at DESC, id DESC LIMIT 1",
                row -> new RunSummary(row.getString("status"), Sql.instant(row, "finished_at").toString(),
                        missing(row.getString("missing"))), collector, period);
    }

    private List<String> missing(String text) {
        try {
            return json.readValue(text, new TypeReference<List<String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("collector_run.missing is not a JSON array", e);
        }
    }
}
