package jp.resas.ops.pipeline.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.ResultSetMetaData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.common.NotFoundException;
import jp.resas.ops.pipeline.Run;
import jp.resas.ops.pipeline.RunId;
import jp.resas.ops.platform.jdbc.Keyset;
import jp.resas.ops.platform.jdbc.Sql;

/** What the portal reads: runs with their steps and report, versions and their differences, the logs. */
@Singleton
public class PipelineQueries {

    private static final String VERSIONS = """
            SELECT v.number, v.id AS version_id, v.status, v.observations, v.reference_date, v.spec_version,
                   v.created_at, v.published_at, v.run_id, (c.version_id = v.id) AS current
            FROM dataset_version v LEFT JOIN dataset_current c ON c.dataset_id = v.dataset_id
            WHERE v.dataset_id = ?""";
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
    private final RunRecords runs;

    PipelineQueries(Sql sql, RunRecords runs) {
        this.sql = sql;
        this.runs = runs;
    }

    /** A run, its steps in order and its validation report (JSON text, shown as stored). */
    public record RunDetail(Run run, List<jp.resas.ops.pipeline.RunStep> steps, Object report) {
    }

    @Transactional(readOnly = true)
    public List<Run> runs(String dataset, int limit) {
        return runs.recent(dataset, limit);
    }

    /** Runs newest first, one keyset page read in SQL; {@code dataset} filters when given. */
    @Transactional(readOnly = true)
    public Keyset.Page<Run> runs(String dataset, Keyset.Request request) {
        return runs.page(dataset, request);
    }

    @Transactional(readOnly = true)
    public RunDetail run(RunId id) {
        Run run = runs.find(id).orElseThrow(() -> new NotFoundException("実行 " + id.value() + " はありません。"));
        Object report = runs.reportJson(id).map(text -> runs.read(text, Object.class)).orElse(null);
        return new RunDetail(run, runs.steps(id), report);
    }

    @Transactional(readOnly = true)
    public List<Map<String, Object>> versions(String dataset) {
        return sql.query(VERSIONS + " ORDER BY v.number DESC", PipelineQueries::row, dataset);
    }

    /** A dataset's versions, newest first, one keyset page. */
    @Transactional(readOnly = true)
    public Keyset.Page<Map<String, Object>> versions(String dataset, Keyset.Request request) {
        return Keyset.descending(Keyset.number("number")).page(sql, VERSIONS, PipelineQueries::row, request, dataset);
    }

    /**
     * A version against the version before it that still has its rows: observations added, removed and
     * changed (value or status), counted by the database over the two partitions.
     */
    @Transactional(readOnly = true)
    public Map<String, Object> diff(String dataset, int number) {
        long version = versionId(dataset, number).orElseThrow(() -> new NotFoundException("版 " + number + " はありません。"));
        Optional<Long> previous = sql.queryOne("""
                SELECT id FROM dataset_version WHERE dataset_id = ? AND number < ? AND status NOT IN ('DISCARDED', 'LOADING')
                ORDER BY number DESC LIMIT 1""", row -> row.getLong(1), dataset, number);
        Map<String, Object> diff = new LinkedHashMap<>();
        diff.put("number", number);
        if (previous.isEmpty()) {
            diff.put("previous", null);
            diff.put("added", sql.queryOne("SELECT count(*) FROM " + Staging.partition(new jp.resas.ops.pipeline.VersionId(version)),
                    row -> row.getLong(1)).orElse(0L));
            return diff;
        }
        String now = Staging.partition(new jp.resas.ops.pipeline.VersionId(version));
        String before = Staging.partition(new jp.resas.ops.pipeline.VersionId(previous.get()));
        diff.putAll(sql.queryOne("SELECT count(*) FILTER (WHERE b.area IS NULL) AS added, count(*) FILTER (WHERE n.area IS NULL) AS removed, "
                + "count(*) FILTER (WHERE n.area IS NOT NULL AND b.area IS NOT NULL AND (n.value IS DISTINCT FROM b.value "
                + "OR n.status <> b.status)) AS changed FROM " + now + " n FULL JOIN " + before + " b USING (area, period, category, measure)",
                PipelineQueries::row).orElseThrow());
        diff.put("previous", sql.queryOne("SELECT number FROM dataset_version WHERE id = ?", row -> row.getInt(1), previous.get()).orElse(null));
        return diff;
    }

    private Optional<Long> versionId(String dataset, int number) {
        return sql.queryOne("SELECT id FROM dataset_version WHERE dataset_id = ? AND number = ? AND status NOT IN ('DISCARDED', 'LOADING')",
                row -> row.getLong(1), dataset, number);
    }

    /** データ更新一覧, newest first. */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> updateLog(int limit) {
        return sql.query("""
                SELECT l.at, l.kind, l.dataset_id, d.name, v.number AS version, l.observations, l.reference_date,
                       l.approved_by, l.round_id, l.run_id, l.note
                FROM data_update_log l JOIN dataset d ON d.id = l.dataset_id JOIN dataset_version v ON v.id = l.version_id
                ORDER BY l.at DESC, l.id DESC LIMIT ?""", PipelineQueries::row, limit);
    }

    /** データ更新一覧, newest first, one keyset page (each entry's {@code id} is its key). */
    @Transactional(readOnly = true)
    public Keyset.Page<Map<String, Object>> updateLog(Keyset.Request request) {
        return Keyset.descending(Keyset.instant("at"), Keyset.number("id"))
                .page(sql, UPDATE_LOG, PipelineQueries::row, request);
    }

    /** データ出典一覧 by dataset, one keyset page. */
    @Transactional(readOnly = true)
    public Keyset.Page<Map<String, Object>> sources(Keyset.Request request) {
        return Keyset.ascending(Keyset.text("dataset_id")).page(sql, SOURCES, PipelineQueries::row, request);
    }

    /** データ出典一覧: the source of each dataset's current version. */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> sources() {
        return sql.query("""
                SELECT s.dataset_id, s.name, s.publisher, s.source_kind, s.source_ref, s.licence, s.fetched_at, s.sha256,
                       v.number AS version, v.reference_date
                FROM dataset_current c JOIN data_source s ON s.version_id = c.version_id
                JOIN dataset_version v ON v.id = c.version_id ORDER BY s.dataset_id""", PipelineQueries::row);
    }

    static Map<String, Object> row(ResultSet row) throws SQLException {
        ResultSetMetaData meta = row.getMetaData();
        Map<String, Object> result = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String name = camel(meta.getColumnLabel(i));
            Object value = row.getObject(i);
            if (value instanceof java.sql.Timestamp) {
                value = Sql.instant(row, meta.getColumnLabel(i));
            } else if (value instanceof java.sql.Date date) {
                value = date.toLocalDate().toString();
            }
            result.put(name, value);
        }
        return result;
    }

    private static String camel(String snake) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }
}
