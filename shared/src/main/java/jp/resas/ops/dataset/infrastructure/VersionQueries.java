package jp.resas.ops.dataset.infrastructure;

import jp.resas.ops.dataset.VersionDiff;
import jp.resas.ops.dataset.VersionLine;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.common.NotFoundException;
import jp.resas.ops.dataset.DatasetId;
import jp.resas.ops.dataset.VersionId;
import jp.resas.ops.dataset.VersionStatus;
import jp.resas.ops.platform.jdbc.ColumnMap;
import jp.resas.ops.platform.jdbc.Keyset;
import jp.resas.ops.platform.jdbc.Sql;

/** What the catalog's pages and API read about a dataset's versions: the list and a version's differences. */
@Singleton
public class VersionQueries {

    private static final String VERSIONS = """
            SELECT v.number, v.id AS version_id, v.status, v.observations, v.reference_date, v.spec_version,
                   v.created_at, v.published_at, v.run_id, (c.version_id = v.id) AS current
            FROM dataset_version v LEFT JOIN dataset_current c ON c.dataset_id = v.dataset_id
            WHERE v.dataset_id = ?""";
    /** Versions with rows to compare: not discarded, not still loading. */
    private static final String WITH_ROWS = "status NOT IN ('" + VersionStatus.DISCARDED + "', '" + VersionStatus.LOADING + "')";

    private final Sql sql;

    VersionQueries(Sql sql) {
        this.sql = sql;
    }

    @Transactional(readOnly = true)
    public List<VersionLine> versions(DatasetId dataset) {
        return sql.query(VERSIONS + " ORDER BY v.number DESC", VersionQueries::line, dataset.value());
    }

    /** A dataset's versions, newest first, one keyset page. */
    @Transactional(readOnly = true)
    public Keyset.Page<VersionLine> versions(DatasetId dataset, Keyset.Request request) {
        return Keyset.descending(Keyset.number("number")).page(sql, VERSIONS, VersionQueries::line, request, dataset.value());
    }

    /** The newest version with rows to compare (the one the dataset page shows by default), if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<Integer> newestWithRows(DatasetId dataset) {
        // no row (not a row holding null) when the dataset has no such version: the page then shows no diff
        return sql.queryOne("SELECT number FROM dataset_version WHERE dataset_id = ? AND " + WITH_ROWS
                + " ORDER BY number DESC LIMIT 1", row -> row.getInt(1), dataset.value());
    }

    /** Whether a rollback has somewhere to go: a version is current and an earlier one was superseded. */
    @Transactional(readOnly = true)
    public boolean rollbackPossible(DatasetId dataset) {
        return sql.queryOne("SELECT EXISTS (SELECT 1 FROM dataset_current WHERE dataset_id = ? AND version_id IS NOT NULL) "
                + "AND EXISTS (SELECT 1 FROM dataset_version WHERE dataset_id = ? AND status = '" + VersionStatus.SUPERSEDED
                + "')", row -> row.getBoolean(1), dataset.value(), dataset.value()).orElse(false);
    }

    private static VersionLine line(java.sql.ResultSet row) throws java.sql.SQLException {
        return new VersionLine(row.getInt("number"), row.getLong("version_id"), row.getString("status"),
                (Long) row.getObject("observations"), row.getObject("reference_date", java.time.LocalDate.class).toString(),
                row.getInt("spec_version"), Sql.instant(row, "created_at"), Sql.instant(row, "published_at"),
                row.getLong("run_id"), (Boolean) row.getObject("current"));
    }

    /**
     * A version against the version before it that still has its rows: observations added, removed and
     * changed (value or status), counted by the database over the two partitions.
     */
    @Transactional(readOnly = true)
    public VersionDiff diff(DatasetId dataset, int number) {
        VersionId version = sql.queryOne("SELECT id FROM dataset_version WHERE dataset_id = ? AND number = ? AND " + WITH_ROWS,
                row -> new VersionId(row.getLong(1)), dataset.value(), number)
                .orElseThrow(() -> new NotFoundException("版 " + number + " はありません。"));
        Optional<VersionId> previous = sql.queryOne("SELECT id FROM dataset_version WHERE dataset_id = ? AND number < ? AND "
                + WITH_ROWS + " ORDER BY number DESC LIMIT 1", row -> new VersionId(row.getLong(1)), dataset.value(), number);
        if (previous.isEmpty()) {
            return VersionDiff.first(number, sql.queryOne("SELECT count(*) FROM " + ObservationPartitions.of(version),
                    row -> row.getLong(1)).orElse(0L));
        }
        String now = ObservationPartitions.of(version);
        String before = ObservationPartitions.of(previous.get());
        Integer previousNumber = sql.queryOne("SELECT number FROM dataset_version WHERE id = ?", row -> row.getInt(1),
                previous.get().value()).orElse(null);
        return sql.queryOne("SELECT count(*) FILTER (WHERE b.area IS NULL) AS added, count(*) FILTER (WHERE n.area IS NULL) AS removed, "
                + "count(*) FILTER (WHERE n.area IS NOT NULL AND b.area IS NOT NULL AND (n.value IS DISTINCT FROM b.value "
                + "OR n.status <> b.status)) AS changed FROM " + now + " n FULL JOIN " + before + " b USING (area, period, category, measure)",
                row -> new VersionDiff(number, previousNumber, row.getLong("added"), row.getLong("removed"), row.getLong("changed")))
                .orElseThrow();
    }
}
