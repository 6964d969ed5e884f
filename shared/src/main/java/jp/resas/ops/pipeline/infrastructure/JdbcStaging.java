package jp.resas.ops.pipeline.infrastructure;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import jp.resas.ops.dataset.processing.Finding;
import jp.resas.ops.dataset.processing.ObservationSink;
import jp.resas.ops.dataset.processing.Severity;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.resas.ops.dataset.DatasetId;
import jp.resas.ops.dataset.VersionStatus;
import jp.resas.ops.dataset.infrastructure.ObservationPartitions;
import jp.resas.ops.dataset.processing.VersionSummary;
import jp.resas.ops.pipeline.RunId;
import jp.resas.ops.pipeline.Staging;
import jp.resas.ops.pipeline.VersionState;
import jp.resas.ops.dataset.VersionId;
import jp.resas.ops.platform.jdbc.Sql;

/**
 * Versions in staging. Each version's observations live in their own partition
 * ({@code observation_v<id>}); a chunk is loaded by deleting its earlier rows and COPYing in one
 * transaction, so a redriven chunk replaces itself. Must run inside the caller's transaction.
 */
@Singleton
public class JdbcStaging implements Staging {

    private static final int DUPLICATES_SHOWN = 100;
    private static final String UNIQUE_VIOLATION = "23505";
    public static final String DUPLICATE_CHECK_MEMORY = "256MB";

    private final Sql sql;
    private final JdbcOperations jdbc;
    private final ObjectMapper json;

    JdbcStaging(Sql sql, JdbcOperations jdbc, ObjectMapper json) {
        this.sql = sql;
        this.jdbc = jdbc;
        this.json = json;
    }

    static String partition(VersionId version) {
        return ObservationPartitions.of(version);
    }

    /**
     * A new version for one collection of the run, with its own empty partition: whatever an earlier
     * collection of the run loaded stays in that version's partition, so two sources never mix.
     */
    @Override
    public VersionId newVersion(RunId run, DatasetId dataset, int specVersion, LocalDate referenceDate, String collectedBy) {
        // Numbers are per dataset; the lock keeps two runs of one dataset from taking the same number.
        sql.query("SELECT pg_advisory_xact_lock(hashtext(?))", row -> 1, dataset.value());
        VersionId version = sql.queryOne("""
                INSERT INTO dataset_version (dataset_id, number, run_id, status, spec_version, reference_date, collected_by)
                VALUES (?, (SELECT coalesce(max(number), 0) + 1 FROM dataset_version WHERE dataset_id = ?), ?, ?, ?, ?, ?)
                RETURNING id""", row -> new VersionId(row.getLong(1)), dataset.value(), dataset.value(), run.value(),
                VersionStatus.LOADING,
                specVersion, referenceDate, collectedBy).orElseThrow();
        sql.update("CREATE TABLE " + partition(version) + " PARTITION OF observation FOR VALUES IN ("
                + version.value() + ")");
        return version;
    }

    /** The chunks the version's collection planned, and where its raw objects came from. */
    @Override
    public void collected(VersionId version, int chunks, String sourceSha256) {
        sql.update("UPDATE dataset_version SET chunks = ?, source_sha256 = ? WHERE id = ? AND status = ?",
                chunks, sourceSha256, version.value(), VersionStatus.LOADING);
    }

    /** The version's state, its row locked against a concurrent collection (shared: chunks load in parallel). */
    @Override
    public java.util.Optional<VersionState> lockShared(VersionId version) {
        return sql.queryOne("SELECT status, chunks, digest FROM dataset_version WHERE id = ? FOR SHARE", JdbcStaging::state,
                version.value());
    }

    /** The version's state, its row locked for validating or publishing it. */
    @Override
    public java.util.Optional<VersionState> lock(VersionId version) {
        return sql.queryOne("SELECT status, chunks, digest FROM dataset_version WHERE id = ? FOR UPDATE", JdbcStaging::state,
                version.value());
    }

    private static VersionState state(java.sql.ResultSet row) throws SQLException {
        return new VersionState(VersionStatus.valueOf(row.getString("status")), (Integer) row.getObject("chunks"), row.getString("digest"));
    }

    /** Observations actually in the version's partition (publishing compares them with the approved count). */
    @Override
    public long count(VersionId version) {
        return sql.queryOne("SELECT count(*) FROM " + partition(version), row -> row.getLong(1)).orElseThrow();
    }

    /**
     * A session-local table shaped like a partition, dropped when the transaction ends: a dry run
     * (validation only) loads into it and leaves nothing behind.
     */
    @Override
    public VersionId scratch() {
        sql.update("CREATE TEMP TABLE IF NOT EXISTS " + partition(SCRATCH) + " (LIKE observation) ON COMMIT DROP");
        return SCRATCH;
    }

    static final VersionId SCRATCH = new VersionId(0);

    /** Replaces chunk {@code chunk} of {@code version} with what {@code producer} writes to the sink. */
    @Override
    public <T> T load(VersionId version, int chunk, Function<ObservationSink, T> producer) {
        // A redriven chunk must load even if an earlier attempt already built the unique key index.
        sql.update("DROP INDEX IF EXISTS " + keyIndex(version));
        sql.update("DELETE FROM " + partition(version) + " WHERE chunk = ?", chunk);
        return jdbc.execute(connection -> {
            try (CopySink sink = new CopySink(connection, partition(version), version.value(), chunk)) {
                T result = producer.apply(sink);
                sink.finish();
                return result;
            }
        });
    }

    /**
     * COPYs what {@code producer} writes into {@code table} on a plain connection (the benchmark measures
     * exactly the loader the pipeline uses). The caller owns the transaction.
     */
    public static <T> T copy(java.sql.Connection connection, String table, long versionId, int chunk,
            Function<ObservationSink, T> producer) throws java.sql.SQLException {
        try (CopySink sink = new CopySink(connection, table, versionId, chunk)) {
            T result = producer.apply(sink);
            sink.finish();
            return result;
        }
    }

    /**
     * Observations sharing a key, the later line reported (first {@value #DUPLICATES_SHOWN}). The key
     * index readers need is built first, as a unique index: when it builds, there is no duplicate and
     * nothing else to scan; only when it refuses does the aggregate below find every duplicate and its lines.
     */
    @Override
    public List<Finding> duplicates(VersionId version, String file, String keyColumns) {
        if (uniqueKeyIndex(version)) {
            return List.of();
        }
        // A hash aggregate over millions of keys spills to disk at the default 4 MB; this transaction only.
        sql.query("SELECT set_config('work_mem', '" + DUPLICATE_CHECK_MEMORY + "', true)", row -> 1);
        return sql.query("SELECT area, period, category, measure, min(line) AS first, max(line) AS again FROM "
                + partition(version) + " GROUP BY area, period, category, measure HAVING count(*) > 1"
                + " ORDER BY 5 LIMIT " + DUPLICATES_SHOWN, row -> new Finding(Severity.ERROR, "unique-key", file,
                        row.getLong("again"), keyColumns, row.getString("area"),
                        "キー（地域 " + row.getString("area") + "、期間 " + row.getString("period") + "、分類 "
                                + row.getString("category") + "、項目 " + row.getString("measure") + "）が "
                                + row.getLong("first") + " 行目と重複しています。"));
    }

    private boolean uniqueKeyIndex(VersionId version) {
        return jdbc.execute(connection -> uniqueKeyIndex(connection, partition(version), keyIndex(version)));
    }

    /**
     * Builds {@code index} on {@code table}'s key as a unique index, inside the caller's transaction:
     * true when it built (no key repeats); false, with the transaction as before, when a key repeats.
     * The benchmark measures this same step.
     */
    public static boolean uniqueKeyIndex(Connection connection, String table, String index) throws SQLException {
        Savepoint before = connection.setSavepoint();
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT set_config('maintenance_work_mem', '" + DUPLICATE_CHECK_MEMORY + "', true)");
            statement.execute("DROP INDEX IF EXISTS " + index);
            statement.execute("CREATE UNIQUE INDEX " + index + " ON " + table + " (area, period, category, measure)");
            connection.releaseSavepoint(before);
            return true;
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            connection.rollback(before);
            return false;
        }
    }

    private static String keyIndex(VersionId version) {
        return partition(version) + "_key";
    }

    /** Indexes a loaded version for readers and marks it staged with its count and summary. */
    @Override
    public void staged(VersionId version, long observations, VersionSummary summary, String digest) {
        String summaryJson;
        try {
            summaryJson = json.writeValueAsString(summary);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the summary is not serialisable: " + e.getOriginalMessage(), e);
        }
        sql.update("CREATE INDEX IF NOT EXISTS " + keyIndex(version) + " ON " + partition(version)
                + " (area, period, category, measure)");
        sql.update("UPDATE dataset_version SET status = ?, observations = ?, summary = ?, digest = ? WHERE id = ?",
                VersionStatus.STAGED, observations, new Sql.Json(summaryJson), digest, version.value());
    }

    /** A version that will never be published: its rows go, its record stays for the history. */
    @Override
    public void discard(VersionId version) {
        sql.update("UPDATE dataset_version SET status = ? WHERE id = ? AND status IN (?, ?)", VersionStatus.DISCARDED,
                version.value(), VersionStatus.LOADING, VersionStatus.STAGED);
        sql.update("DROP TABLE IF EXISTS " + partition(version));
    }
}
