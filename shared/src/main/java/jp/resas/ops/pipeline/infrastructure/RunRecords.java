package jp.resas.ops.pipeline.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.dataset.processing.VersionSummary;
import jp.resas.ops.pipeline.Run;
import jp.resas.ops.pipeline.RunId;
import jp.resas.ops.pipeline.RunStatus;
import jp.resas.ops.pipeline.RunStep;
import jp.resas.ops.pipeline.StoredObject;
import jp.resas.ops.platform.jdbc.Sql;

/** Runs, their steps, raw objects and chunk outcomes in PostgreSQL. */
@Singleton
public class RunRecords {

    private static final String RUN = "id, dataset_id, round_id, execution_name, status, reference_date, started_by, "
            + "started_at, finished_at, failure_reason, version_id, decided_by, decided_at, decision_comment, incident_id";

    private final Sql sql;
    private final ObjectMapper json;

    RunRecords(Sql sql, ObjectMapper json) {
        this.sql = sql;
        this.json = json;
    }

    /** Creates the run, or returns the one with this execution name (a second start changes nothing). */
    public Run createOrGet(String dataset, Long roundId, String executionName, LocalDate referenceDate,
            String startedBy, Instant at) {
        sql.update("""
                INSERT INTO pipeline_run (dataset_id, round_id, execution_name, status, reference_date, started_by, started_at)
                VALUES (?, ?, ?, 'RUNNING', ?, ?, ?) ON CONFLICT (execution_name) DO NOTHING""",
                dataset, roundId, executionName, referenceDate, startedBy, at);
        return sql.queryOne("SELECT " + RUN + " FROM pipeline_run WHERE execution_name = ?", RunRecords::run,
                executionName).orElseThrow();
    }

    /** Makes the run named {@code executionName}; empty when a run of that name exists already. */
    public Optional<Run> createIfAbsent(String dataset, String executionName, LocalDate referenceDate, String startedBy,
            Instant at) {
        int inserted = sql.update("INSERT INTO pipeline_run (dataset_id, round_id, execution_name, status, reference_date, "
                + "started_by, started_at) VALUES (?, NULL, ?, 'RUNNING', ?, ?, ?) ON CONFLICT (execution_name) DO NOTHING",
                dataset, executionName, referenceDate, startedBy, at);
        return inserted == 0 ? Optional.empty() : sql.queryOne("SELECT " + RUN + " FROM pipeline_run WHERE execution_name = ?",
                RunRecords::run, executionName);
    }

    public Optional<Run> find(RunId id) {
        return sql.queryOne("SELECT " + RUN + " FROM pipeline_run WHERE id = ?", RunRecords::run, id.value());
    }

    public Optional<Run> lock(RunId id) {
        return sql.queryOne("SELECT " + RUN + " FROM pipeline_run WHERE id = ? FOR UPDATE", RunRecords::run, id.value());
    }

    public List<Run> recent(String dataset, int limit) {
        return dataset == null
                ? sql.query("SELECT " + RUN + " FROM pipeline_run ORDER BY started_at DESC, id DESC LIMIT ?", RunRecords::run, limit)
                : sql.query("SELECT " + RUN + " FROM pipeline_run WHERE dataset_id = ? ORDER BY started_at DESC, id DESC LIMIT ?",
                        RunRecords::run, dataset, limit);
    }

    public void status(RunId id, RunStatus status, Instant finishedAt, String failureReason) {
        sql.update("UPDATE pipeline_run SET status = ?, finished_at = ?, failure_reason = coalesce(?, failure_reason) WHERE id = ?",
                status, finishedAt, failureReason, id.value());
    }

    public void version(RunId id, long versionId) {
        sql.update("UPDATE pipeline_run SET version_id = ? WHERE id = ?", versionId, id.value());
    }

    public void report(RunId id, Object report) {
        sql.update("UPDATE pipeline_run SET report = ? WHERE id = ?", new Sql.Json(write(report)), id.value());
    }

    public Optional<String> reportJson(RunId id) {
        return sql.queryOne("SELECT report::text FROM pipeline_run WHERE id = ? AND report IS NOT NULL",
                row -> row.getString(1), id.value());
    }

    public void token(RunId id, String token) {
        sql.update("UPDATE pipeline_run SET task_token = ?, status = 'AWAITING_APPROVAL' WHERE id = ?", token, id.value());
    }

    public Optional<String> token(RunId id) {
        return sql.queryOne("SELECT task_token FROM pipeline_run WHERE id = ? AND task_token IS NOT NULL",
                row -> row.getString(1), id.value());
    }

    public void decision(RunId id, String by, Instant at, String comment) {
        sql.update("UPDATE pipeline_run SET decided_by = ?, decided_at = ?, decision_comment = ? WHERE id = ?",
                by, at, comment, id.value());
    }

    public void incident(RunId id, long incidentId) {
        sql.update("UPDATE pipeline_run SET incident_id = ? WHERE id = ?", incidentId, id.value());
    }

    public void step(RunId id, String step, String status, Instant at, Map<String, ?> detail) {
        sql.update("""
                INSERT INTO pipeline_step (run_id, step, status, started_at, finished_at, detail) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (run_id, step) DO UPDATE SET status = excluded.status,
                    finished_at = excluded.finished_at, detail = excluded.detail""",
                id.value(), step, status, at, "STARTED".equals(status) ? null : at, new Sql.Json(write(detail)));
    }

    public List<RunStep> steps(RunId id) {
        return sql.query("SELECT step, status, started_at, finished_at, detail::text FROM pipeline_step WHERE run_id = ? "
                + "ORDER BY started_at, step", row -> new RunStep(row.getString(1), row.getString(2),
                        Sql.instant(row, "started_at"), Sql.instant(row, "finished_at"), read(row.getString(5),
                                new TypeReference<Map<String, Object>>() { })), id.value());
    }

    public void raw(RunId id, int part, StoredObject object, String source, Instant fetchedAt) {
        sql.update("""
                INSERT INTO raw_object (run_id, part, bucket, object_key, object_version, sha256, bytes, source, fetched_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (run_id, part) DO UPDATE SET object_key = excluded.object_key,
                    object_version = excluded.object_version, sha256 = excluded.sha256, bytes = excluded.bytes,
                    fetched_at = excluded.fetched_at""", id.value(), part, object.bucket(), object.key(),
                object.versionId(), object.sha256(), object.bytes(), source, fetchedAt);
    }

    /** The raw objects' combined checksum (each part's SHA-256, in order) and when the first was fetched. */
    public Optional<Map<String, Object>> provenance(RunId id) {
        return sql.queryOne("SELECT string_agg(sha256, ',' ORDER BY part) AS sha, min(fetched_at) AS at, "
                + "min(source) AS source FROM raw_object WHERE run_id = ? HAVING count(*) > 0", row -> Map.of(
                        "sha256", row.getString("sha"), "fetchedAt", Sql.instant(row, "at"), "source", row.getString("source")),
                id.value());
    }

    public void roundItem(long roundId, String dataset, String status) {
        sql.update("UPDATE update_round_item SET status = ?, published_on = CASE WHEN ? = 'PUBLISHED' THEN current_date END "
                + "WHERE round_id = ? AND dataset_id = ?", status, status, roundId, dataset);
    }

    /** The summary of the dataset's published version, what drift is measured against. */
    public Optional<VersionSummary> publishedSummary(String dataset) {
        return sql.queryOne("SELECT v.summary::text FROM dataset_current c JOIN dataset_version v ON v.id = c.version_id "
                + "WHERE c.dataset_id = ? AND v.summary IS NOT NULL", row -> read(row.getString(1), VersionSummary.class), dataset);
    }

    public void chunk(RunId id, int chunk, Object outcome) {
        sql.update("INSERT INTO pipeline_chunk (run_id, chunk, outcome) VALUES (?, ?, ?) ON CONFLICT (run_id, chunk) "
                + "DO UPDATE SET outcome = excluded.outcome", id.value(), chunk, new Sql.Json(write(outcome)));
    }

    public <T> List<T> chunks(RunId id, Class<T> type) {
        return sql.query("SELECT outcome::text FROM pipeline_chunk WHERE run_id = ? ORDER BY chunk",
                row -> read(row.getString(1), type), id.value());
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not serialisable: " + e.getOriginalMessage(), e);
        }
    }

    <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON does not read as " + type.getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON does not read: " + e.getOriginalMessage(), e);
        }
    }

    private static Run run(ResultSet row) throws SQLException {
        return new Run(new RunId(row.getLong("id")), row.getString("dataset_id"), (Long) row.getObject("round_id"),
                row.getString("execution_name"), RunStatus.valueOf(row.getString("status")),
                row.getObject("reference_date", LocalDate.class), row.getString("started_by"), Sql.instant(row, "started_at"),
                Sql.instant(row, "finished_at"), row.getString("failure_reason"), (Long) row.getObject("version_id"),
                row.getString("decided_by"), Sql.instant(row, "decided_at"), row.getString("decision_comment"),
                (Long) row.getObject("incident_id"));
    }
}
