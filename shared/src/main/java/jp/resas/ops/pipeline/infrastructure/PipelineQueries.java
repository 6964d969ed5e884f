package jp.resas.ops.pipeline.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.resas.ops.pipeline.Run;
import jp.resas.ops.pipeline.RunId;
import jp.resas.ops.pipeline.SourceLine;
import jp.resas.ops.pipeline.UpdateLogLine;
import jp.resas.ops.platform.jdbc.ColumnMap;
import jp.resas.ops.platform.jdbc.Keyset;
import jp.resas.ops.platform.jdbc.Sql;

/** What the portal and the API read of the pipeline: runs with their steps and report, the logs. */
@Singleton
public class PipelineQueries {

    private static final String UPDATE_LOG = """
            SELECT l.id, l.at, l.kind, l.dataset_id, d.name, v.number AS version, l.observations, l.reference_date,
                   l.approved_by, l.round_id, l.run_id, l.note
            FROM data_update_log l JOIN dataset d ON d.id = l.dataset_id JOIN dataset_version v ON v.id = l.version_id""";
    private static final String SOURCES = """
            SELECT s.dataset_id, s.name, s.publisher, s.source_kind, s.source_ref, s.licence, s.fetched_at, s.sha256,
                   v.number AS version, v.reference_date
            FROM dataset_current c JOIN data_source s ON s.version_id = c.version_id
            JOIN dataset_version v ON v.id = c.version_id""";

    private final Sql sql;
    private final JdbcRunRecords runs;

    PipelineQueries(Sql sql, JdbcRunRecords runs) {
        this.sql = sql;
        this.runs = runs;
    }

    /** A run, its steps in order and its validation report (JSON text, shown as stored). */
    /** @param report the validation report once the run has one, else null */
    public record RunDetail(Run run, List<jp.resas.ops.pipeline.RunStep> steps,
            jp.resas.ops.dataset.processing.ValidationReport report) {
    }

    @Transactional(readOnly = true)
    public List<Run> runs(String dataset, int limit) {
        return runs.recent(dataset, limit);
    }

    /** The newest {@code limit} runs awaiting approval. */
    public List<Run> awaitingApproval(int limit) {
        return runs.awaitingApproval(limit);
    }

    /** Runs newest first, one keyset page read in SQL; {@code dataset} filters when given. */
    @Transactional(readOnly = true)
    public Keyset.Page<Run> runs(String dataset, Keyset.Request request) {
        return runs.page(dataset, request);
    }

    /** How many kept findings of a run's report have this rule and severity. */
    public record FindingCount(String rule, String severity, long count) {
    }

    /** A run's kept findings as rows numbered from 1 in the report's order (the number is the page key). */
    private static final String FINDINGS = """
            SELECT f.value AS finding, f.n
            FROM pipeline_run r
            CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(r.report -> 'findings') = 'array'
                                                         THEN r.report -> 'findings' ELSE '[]'::jsonb END)
                 WITH ORDINALITY f(value, n)
            WHERE r.id = ?""";

    /**
     * A run, its steps and its report's figures (rows, counts by rule) without the findings, which a page reads
     * one keyset page at a time ({@link #findings}); the report's findings list is empty here.
     */
    @Transactional(readOnly = true)
    public RunDetail summary(RunId id) {
        Run run = runs.find(id).orElseThrow(id::notFound);
        jp.resas.ops.dataset.processing.ValidationReport report = sql.queryOne(
                "SELECT (report - 'findings')::text FROM pipeline_run WHERE id = ? AND report IS NOT NULL",
                row -> row.getString(1), id.value())
                .map(text -> runs.read(text, jp.resas.ops.dataset.processing.ValidationReport.class)).orElse(null);
        return new RunDetail(run, runs.steps(id), report);
    }

    /** The run's kept findings counted by rule and severity, in rule order. */
    @Transactional(readOnly = true)
    public List<FindingCount> findingCounts(RunId id) {
        return sql.query("SELECT finding ->> 'rule' AS rule, finding ->> 'severity' AS severity, "
                + "count(*) AS n FROM (" + FINDINGS + ") f GROUP BY 1, 2 ORDER BY 1, 2",
                row -> new FindingCount(row.getString("rule"), row.getString("severity"), row.getLong("n")), id.value());
    }

    /**
     * One keyset page of the run's kept findings in the report's order, narrowed to a rule and a severity when
     * given (null: any); the key is the finding's position in the report, which never changes once stored.
     */
    @Transactional(readOnly = true)
    public Keyset.Page<jp.resas.ops.dataset.processing.Finding> findings(RunId id, String rule, String severity,
            Keyset.Request request) {
        return Keyset.ascending(Keyset.number("n")).page(sql, FINDINGS
                        + " AND (?::text IS NULL OR f.value ->> 'rule' = ?) AND (?::text IS NULL OR f.value ->> 'severity' = ?)",
                row -> runs.read(row.getString("finding"), jp.resas.ops.dataset.processing.Finding.class), request,
                id.value(), rule, rule, severity, severity);
    }

    @Transactional(readOnly = true)
    public RunDetail run(RunId id) {
        Run run = runs.find(id).orElseThrow(id::notFound);
        jp.resas.ops.dataset.processing.ValidationReport report = runs.reportJson(id)
                .map(text -> runs.read(text, jp.resas.ops.dataset.processing.ValidationReport.class)).orElse(null);
        return new RunDetail(run, runs.steps(id), report);
    }

    /** データ更新一覧, newest first. */
    @Transactional(readOnly = true)
    public List<UpdateLogLine> updateLog(int limit) {
        return sql.query("""
                SELECT l.id, l.at, l.kind, l.dataset_id, d.name, v.number AS version, l.observations, l.reference_date,
                       l.approved_by, l.round_id, l.run_id, l.note
                FROM data_update_log l JOIN dataset d ON d.id = l.dataset_id JOIN dataset_version v ON v.id = l.version_id
                ORDER BY l.at DESC, l.id DESC LIMIT ?""", PipelineQueries::updateLogLine, limit);
    }

    /** データ更新一覧, newest first, one keyset page (each entry's {@code id} is its key). */
    @Transactional(readOnly = true)
    public Keyset.Page<UpdateLogLine> updateLog(Keyset.Request request) {
        return Keyset.descending(Keyset.instant("at"), Keyset.number("id"))
                .page(sql, UPDATE_LOG, PipelineQueries::updateLogLine, request);
    }

    /** データ出典一覧 by dataset, one keyset page. */
    @Transactional(readOnly = true)
    public Keyset.Page<SourceLine> sources(Keyset.Request request) {
        return Keyset.ascending(Keyset.text("dataset_id")).page(sql, SOURCES, PipelineQueries::sourceLine, request);
    }

    /** データ出典一覧: the source of each dataset's current version. */
    @Transactional(readOnly = true)
    public List<SourceLine> sources() {
        return sql.query("""
                SELECT s.dataset_id, s.name, s.publisher, s.source_kind, s.source_ref, s.licence, s.fetched_at, s.sha256,
                       v.number AS version, v.reference_date
                FROM dataset_current c JOIN data_source s ON s.version_id = c.version_id
                JOIN dataset_version v ON v.id = c.version_id ORDER BY s.dataset_id""", PipelineQueries::sourceLine);
    }

    private static UpdateLogLine updateLogLine(ResultSet row) throws SQLException {
        return new UpdateLogLine(row.getLong("id"), Sql.instant(row, "at"), row.getString("kind"),
                row.getString("dataset_id"), row.getString("name"), row.getInt("version"), row.getLong("observations"),
                row.getObject("reference_date", LocalDate.class).toString(), row.getString("approved_by"),
                (Long) row.getObject("round_id"), (Long) row.getObject("run_id"), row.getString("note"));
    }

    private static SourceLine sourceLine(ResultSet row) throws SQLException {
        return new SourceLine(row.getString("dataset_id"), row.getString("name"), row.getString("publisher"),
                row.getString("source_kind"), row.getString("source_ref"), row.getString("licence"),
                Sql.instant(row, "fetched_at"), row.getString("sha256"), row.getInt("version"),
                row.getObject("reference_date", LocalDate.class).toString());
    }
}
