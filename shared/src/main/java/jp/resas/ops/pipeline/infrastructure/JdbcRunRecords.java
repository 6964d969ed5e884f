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
import jp.resas.ops.pipeline.RunRecords;
import jp.resas.ops.pipeline.RunStep;
import jp.resas.ops.pipeline.StepStatus;
import jp.resas.ops.pipeline.BoundDecision;
import jp.resas.ops.pipeline.UnfinishedRun;
import jp.resas.ops.dataset.DatasetId;
import jp.resas.ops.dataset.processing.DatasetProcessor;
import jp.resas.ops.dataset.processing.ValidationReport;
import jp.resas.ops.pipeline.StoredObject;
import jp.resas.ops.dataset.VersionId;
import jp.resas.ops.platform.jdbc.Keyset;
import jp.resas.ops.platform.jdbc.Sql;

/** {@link RunRecords} in PostgreSQL; also the keyset pages and stored report the read side shows. */
@Singleton
public class JdbcRunRecords implements RunRecords {

    private static final String RUN = "id, dataset_id, round_id, execution_name, status, reference_date, started_by, "
            + "started_at, finished_at, failure_reason, version_id, decided_by, decided_at, decision_comment, incident_id";

    private static final Keyset NEWEST_FIRST = Keyset.descending(Keyset.instant("started_at"), Keyset.number("id"));

    private final Sql sql;
    private final ObjectMapper json;

    JdbcRunRecords(Sql sql, ObjectMapper json) {
        this.sql = sql;
        this.json = json;
    }

    /** Creates the run, or returns the one with this execution name (a second start changes nothing). */
    @Override
    public Run createOrGet(DatasetId dataset, Long roundId, String executionName, LocalDate referenceDate,
            String startedBy, Instant at) {
        sql.update("""
                INSERT INTO pipeline_run (dataset_id, round_id, execution_name, status, reference_date, started_by, started_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (execution_name) DO NOTHING""",
                dataset.value(), roundId, executionName, RunStatus.RUNNING, referenceDate, startedBy, at);
        return sql.queryOne("SELECT " + RUN + " FROM pipeline_run WHERE execution_name = ?", JdbcRunRecords::run,
                executionName).orElseThrow();
    }

    /** Makes the run named {@code executionName}; empty when a run of that name exists already. */
    @Override
    public Optional<Run> createIfAbsent(DatasetId dataset, String executionName, LocalDate referenceDate, String startedBy,
            Instant at) {
        int inserted = sql.update("INSERT INTO pipeline_run (dataset_id, round_id, execution_name, status, reference_date, "
                + "started_by, started_at) VALUES (?, NULL, ?, ?, ?, ?, ?) ON CONFLICT (execution_name) DO NOTHING",
                dataset.value(), executionName, RunStatus.RUNNING, referenceDate, startedBy, at);
        return inserted == 0 ? Optional.empty() : sql.queryOne("SELECT " + RUN + " FROM pipeline_run WHERE execution_name = ?",
                JdbcRunRecords::run, executionName);
    }

    @Override
    public Optional<Run> find(RunId id) {
        return sql.queryOne("SELECT " + RUN + " FROM pipeline_run WHERE id = ?", JdbcRunRecords::run, id.value());
    }

    @Override
    public Optional<Run> lock(RunId id) {
        return sql.queryOne("SELECT " + RUN + " FROM pipeline_run WHERE id = ? FOR UPDATE", JdbcRunRecords::run, id.value());
    }

    /** The newest runs, of one dataset (its id as given: a filter, not checked) or (null) of all. */
    public List<Run> recent(String dataset, int limit) {
        return dataset == null
                ? sql.query("SELECT " + RUN + " FROM pipeline_run ORDER BY started_at DESC, id DESC LIMIT ?", JdbcRunRecords::run, limit)
                : sql.query("SELECT " + RUN + " FROM pipeline_run WHERE dataset_id = ? ORDER BY started_at DESC, id DESC LIMIT ?",
                        JdbcRunRecords::run, dataset, limit);
    }

    /** The newest {@code limit} runs awaiting approval (the dashboard's list), whatever their age. */
    public List<Run> awaitingApproval(int limit) {
        return sql.query("SELECT " + RUN + " FROM pipeline_run WHERE status = 'AWAITING_APPROVAL' "
                + "ORDER BY started_at DESC, id DESC LIMIT ?", JdbcRunRecords::run, limit);
    }

    /** Runs newest first, one keyset page, optionally of one dataset (filtered in SQL). */
    public Keyset.Page<Run> page(String dataset, Keyset.Request request) {
        return dataset == null
                ? NEWEST_FIRST.page(sql, "SELECT " + RUN + " FROM pipeline_run", JdbcRunRecords::run, request)
                : NEWEST_FIRST.page(sql, "SELECT " + RUN + " FROM pipeline_run WHERE dataset_id = ?", JdbcRunRecords::run,
                        request, dataset);
    }

    @Override
    public void status(RunId id, RunStatus status, Instant finishedAt, String failureReason) {
        sql.update("UPDATE pipeline_run SET status = ?, finished_at = ?, failure_reason = coalesce(?, failure_reason) WHERE id = ?",
                status, finishedAt, failureReason, id.value());
    }

    @Override
    public void version(RunId id, VersionId version) {
        sql.update("UPDATE pipeline_run SET version_id = ? WHERE id = ?", version.value(), id.value());
    }

    @Override
    public void report(RunId id, ValidationReport report) {
        sql.update("UPDATE pipeline_run SET report = ? WHERE id = ?", new Sql.Json(write(report)), id.value());
    }

    public Optional<String> reportJson(RunId id) {
        return sql.queryOne("SELECT report::text FROM pipeline_run WHERE id = ? AND report IS NOT NULL",
                row -> row.getString(1), id.value());
    }

    @Override
    public void awaitApproval(RunId id, String token) {
        sql.update("UPDATE pipeline_run SET task_token = ?, status = ? WHERE id = ?", token, RunStatus.AWAITING_APPROVAL,
                id.value());
    }

    @Override
    public Optional<String> token(RunId id) {
        return sql.queryOne("SELECT task_token FROM pipeline_run WHERE id = ? AND task_token IS NOT NULL",
                row -> row.getString(1), id.value());
    }

    @Override
    public void decision(RunId id, String by, Instant at, String comment, VersionId version, String digest) {
        sql.update("UPDATE pipeline_run SET decided_by = ?, decided_at = ?, decision_comment = ?, decided_version_id = ?, "
                + "decided_digest = ? WHERE id = ?", by, at, comment, version.value(), digest, id.value());
    }

    @Override
    public void incident(RunId id, long incidentId) {
        sql.update("UPDATE pipeline_run SET incident_id = ? WHERE id = ?", incidentId, id.value());
    }

    @Override
    public void step(RunId id, String step, StepStatus status, Instant at, Map<String, ?> detail) {
        sql.update("""
                INSERT INTO pipeline_step (run_id, step, status, started_at, finished_at, detail) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (run_id, step) DO UPDATE SET status = excluded.status,
                    finished_at = excluded.finished_at, detail = excluded.detail""",
                id.value(), step, status, at, status == StepStatus.STARTED ? null : at, new Sql.Json(write(detail)));
    }

    @Override
    public List<RunStep> steps(RunId id) {
        return sql.query("SELECT step, status, started_at, finished_at, detail::text FROM pipeline_step WHERE run_id = ? "
                + "ORDER BY started_at, step", row -> new RunStep(row.getString(1), StepStatus.valueOf(row.getString(2)),
                        Sql.instant(row, "started_at"), Sql.instant(row, "finished_at"), read(row.getString(5),
                                new TypeReference<Map<String, Object>>() { })), id.value());
    }

    @Override
    public void raw(RunId id, VersionId version, int part, StoredObject object, String source, Instant fetchedAt) {
        sql.update("""
                INSERT INTO raw_object (run_id, version_id, part, bucket, object_key, object_version, sha256, bytes, source, fetched_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (version_id, part) DO UPDATE SET object_key = excluded.object_key,
                    object_version = excluded.object_version, sha256 = excluded.sha256, bytes = excluded.bytes,
                    fetched_at = excluded.fetched_at""", id.value(), version.value(), part, object.bucket(), object.key(),
                object.versionId(), object.sha256(), object.bytes(), source, fetchedAt);
    }

    /** The version's raw objects' combined checksum (each part's SHA-256, in order), or empty when it has none. */
    @Override
    public Optional<String> sources(VersionId version) {
        return sql.queryOne("SELECT string_agg(sha256, ',' ORDER BY part) FROM raw_object WHERE version_id = ? "
                + "HAVING count(*) > 0", row -> row.getString(1), version.value());
    }

    /** The version a raw object was collected into (a chunk names its object), if this run collected it. */
    @Override
    public Optional<VersionId> versionOf(RunId id, String objectKey) {
        return sql.queryOne("SELECT version_id FROM raw_object WHERE run_id = ? AND object_key = ? AND version_id IS NOT NULL "
                + "ORDER BY version_id DESC LIMIT 1", row -> new VersionId(row.getLong(1)), id.value(), objectKey);
    }

    /**
     * A collection starts again: the run goes back to RUNNING and whatever was decided or awaited for the
     * previous version is void (an approval binds the version it was given for). Returns the old token.
     */
    @Override
    public Optional<String> recollect(RunId id) {
        Optional<String> token = token(id);
        sql.update("""
                UPDATE pipeline_run SET status = ?, task_token = NULL, decided_by = NULL, decided_at = NULL,
                    decision_comment = NULL, decided_version_id = NULL, decided_digest = NULL, report = NULL WHERE id = ?""",
                RunStatus.RUNNING, id.value());
        sql.update("DELETE FROM pipeline_step WHERE run_id = ? AND step IN ('process', 'validate', 'approval')", id.value());
        return token;
    }

    /**
     * A failed run is redriven: RUNNING again, not finished, without a failure reason, and nothing decided or
     * awaited (whatever was decided was for the version that was discarded when it failed).
     */
    @Override
    public void reopen(RunId id) {
        sql.update("""
                UPDATE pipeline_run SET status = ?, finished_at = NULL, failure_reason = NULL, task_token = NULL,
                    decided_by = NULL, decided_at = NULL, decision_comment = NULL, decided_version_id = NULL,
                    decided_digest = NULL WHERE id = ?""", RunStatus.RUNNING, id.value());
    }

    /** The inbox object the run last collected from (a vendor file, a file given to {@code pipeline run}), if any. */
    @Override
    public Optional<String> inboxKey(RunId id) {
        return sql.queryOne("SELECT substr(source, 7) FROM raw_object WHERE run_id = ? AND source LIKE 'inbox:%' "
                + "ORDER BY fetched_at DESC LIMIT 1", row -> row.getString(1), id.value());
    }

    /** The version and digest the recorded decision was taken on. */
    @Override
    public Optional<BoundDecision> decidedOn(RunId id) {
        return sql.queryOne("SELECT decided_version_id, decided_digest FROM pipeline_run WHERE id = ? AND decided_version_id IS NOT NULL",
                row -> new BoundDecision(new VersionId(row.getLong(1)), String.valueOf(row.getString(2))), id.value());
    }

    /** The execution now driving the run (its collection or its approval step); null leaves it as it is. */
    @Override
    public void execution(RunId id, String execution) {
        if (execution != null) {
            sql.update("UPDATE pipeline_run SET execution = ? WHERE id = ?", execution, id.value());
        }
    }

    @Override
    public Optional<String> execution(RunId id) {
        return sql.queryOne("SELECT execution FROM pipeline_run WHERE id = ? AND execution IS NOT NULL", row -> row.getString(1),
                id.value());
    }

    /**
     * Records a loaded chunk in the process step: every chunk's rows and errors, and SUCCEEDED only once all
     * {@code planned} chunks have loaded. The step row is locked first, so the count below (a new statement)
     * sees the chunks committed by the transactions that held it before.
     */
    @Override
    public void processProgress(RunId id, VersionId version, int planned, Instant at) {
        sql.query("SELECT 1 FROM pipeline_step WHERE run_id = ? AND step = 'process' FOR UPDATE", row -> 1, id.value());
        List<Map<String, Object>> perChunk = sql.query("""
                SELECT chunk, (outcome->'report'->>'rows')::bigint AS rows, (outcome->'report'->>'errors')::bigint AS errors
                FROM pipeline_chunk WHERE version_id = ? ORDER BY chunk LIMIT 1000""", row -> Map.<String, Object>of(
                        "chunk", row.getInt("chunk"), "rows", row.getLong("rows"), "errors", row.getLong("errors")),
                version.value());
        long done = sql.queryOne("SELECT count(*) FROM pipeline_chunk WHERE version_id = ?", row -> row.getLong(1),
                version.value()).orElseThrow();
        Map<String, Object> detail = new java.util.LinkedHashMap<>();
        detail.put("versionId", version.value());
        detail.put("chunks", planned);
        detail.put("done", done);
        detail.put("perChunk", perChunk);
        boolean all = done >= planned;
        sql.update("""
                INSERT INTO pipeline_step (run_id, step, status, started_at, finished_at, detail) VALUES (?, 'process', ?, ?, ?, ?)
                ON CONFLICT (run_id, step) DO UPDATE SET status = excluded.status, finished_at = excluded.finished_at,
                    detail = excluded.detail || CASE WHEN pipeline_step.detail->'failed' IS NOT NULL
                        THEN jsonb_build_object('failed', pipeline_step.detail->'failed') ELSE '{}'::jsonb END""",
                id.value(), all ? StepStatus.SUCCEEDED : StepStatus.STARTED, at, all ? at : null, new Sql.Json(write(detail)));
    }

    /**
     * A chunk failed (its transaction rolled back): its root cause is kept in the process step's
     * {@code failed} list, so the run's failure names it rather than only the Map's
     * {@code States.ExceedToleratedFailureThreshold}.
     */
    @Override
    public void chunkFailure(RunId id, int chunk, String cause) {
        sql.update("""
                UPDATE pipeline_step SET status = ?, detail = jsonb_set(detail, '{failed}',
                    coalesce(detail->'failed', '[]'::jsonb) || jsonb_build_array(jsonb_build_object('chunk', ?, 'error', ?::text)))
                WHERE run_id = ? AND step = 'process'""", StepStatus.FAILED, chunk, cause, id.value());
    }

    /** The failed chunks of the run's current collection, as "chunk: root cause", in the order they failed. */
    @Override
    public List<String> chunkFailures(RunId id) {
        return sql.query("""
                SELECT failure->>'chunk' AS chunk, failure->>'error' AS error
                FROM pipeline_step, jsonb_array_elements(coalesce(detail->'failed', '[]'::jsonb)) AS failure
                WHERE run_id = ? AND step = 'process'""", row -> row.getString("chunk") + ": " + row.getString("error"),
                id.value());
    }

    @Override
    public void executor(RunId id, String executor) {
        sql.update("UPDATE pipeline_run SET executor = ? WHERE id = ?", executor, id.value());
    }

    /** Unfinished runs with who executes them, for the watch that finds runs whose execution is gone. */
    @Override
    public List<UnfinishedRun> unfinished() {
        return sql.query("SELECT " + RUN + ", executor FROM pipeline_run WHERE status IN (?, ?) ORDER BY id",
                row -> new UnfinishedRun(run(row), String.valueOf(row.getString("executor"))), RunStatus.RUNNING,
                RunStatus.AWAITING_APPROVAL);
    }

    /** The summary of the dataset's published version, what drift is measured against. */
    @Override
    public Optional<VersionSummary> publishedSummary(DatasetId dataset) {
        return sql.queryOne("SELECT v.summary::text FROM dataset_current c JOIN dataset_version v ON v.id = c.version_id "
                + "WHERE c.dataset_id = ? AND v.summary IS NOT NULL", row -> read(row.getString(1), VersionSummary.class),
                dataset.value());
    }

    @Override
    public void chunk(RunId id, VersionId version, int chunk, DatasetProcessor.ChunkOutcome outcome) {
        sql.update("INSERT INTO pipeline_chunk (run_id, version_id, chunk, outcome) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (version_id, chunk) DO UPDATE SET outcome = excluded.outcome",
                id.value(), version.value(), chunk, new Sql.Json(write(outcome)));
    }

    @Override
    public List<DatasetProcessor.ChunkOutcome> chunkOutcomes(VersionId version) {
        return sql.query("SELECT outcome::text FROM pipeline_chunk WHERE version_id = ? ORDER BY chunk",
                row -> read(row.getString(1), DatasetProcessor.ChunkOutcome.class), version.value());
    }

    /** The chunk numbers whose outcome the version has. */
    @Override
    public List<Integer> chunkNumbers(VersionId version) {
        return sql.query("SELECT chunk FROM pipeline_chunk WHERE version_id = ? ORDER BY chunk", row -> row.getInt(1), version.value());
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
        Long version = (Long) row.getObject("version_id");
        return new Run(new RunId(row.getLong("id")), new DatasetId(row.getString("dataset_id")), (Long) row.getObject("round_id"),
                row.getString("execution_name"), RunStatus.valueOf(row.getString("status")),
                row.getObject("reference_date", LocalDate.class), row.getString("started_by"), Sql.instant(row, "started_at"),
                Sql.instant(row, "finished_at"), row.getString("failure_reason"), version == null ? null : new VersionId(version),
                row.getString("decided_by"), Sql.instant(row, "decided_at"), row.getString("decision_comment"),
                (Long) row.getObject("incident_id"));
    }
}
