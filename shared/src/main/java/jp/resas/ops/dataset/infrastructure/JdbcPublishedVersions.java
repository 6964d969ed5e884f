package jp.resas.ops.dataset.infrastructure;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import jp.resas.ops.dataset.DatasetId;
import jp.resas.ops.dataset.PublishedVersions;
import jp.resas.ops.dataset.UpdateLogEntry;
import jp.resas.ops.dataset.VersionId;
import jp.resas.ops.dataset.VersionStatus;
import jp.resas.ops.platform.jdbc.Sql;

/** {@link PublishedVersions} in PostgreSQL: {@code dataset_current}, {@code dataset_version}, the log and sources. */
@Singleton
class JdbcPublishedVersions implements PublishedVersions {

    private final Sql sql;

    JdbcPublishedVersions(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<VersionId> lockCurrent(DatasetId dataset) {
        return sql.queryOne("SELECT version_id FROM dataset_current WHERE dataset_id = ? FOR UPDATE",
                row -> new VersionId(row.getLong(1)), dataset.value());
    }

    @Override
    public Optional<VersionId> lastSuperseded(DatasetId dataset) {
        return sql.queryOne("""
                SELECT id FROM dataset_version WHERE dataset_id = ? AND status = ?
                ORDER BY published_at DESC, id DESC LIMIT 1""", row -> new VersionId(row.getLong(1)), dataset.value(),
                VersionStatus.SUPERSEDED.name());
    }

    @Override
    public void mark(VersionId version, VersionStatus status) {
        sql.update("UPDATE dataset_version SET status = ? WHERE id = ?", status.name(), version.value());
    }

    @Override
    public void published(VersionId version, Instant at) {
        sql.update("UPDATE dataset_version SET status = ?, published_at = ? WHERE id = ?", VersionStatus.PUBLISHED.name(),
                at, version.value());
    }

    @Override
    public void makeCurrent(DatasetId dataset, VersionId version, String by, Instant at) {
        sql.update("""
                INSERT INTO dataset_current (dataset_id, version_id, switched_at, switched_by) VALUES (?, ?, ?, ?)
                ON CONFLICT (dataset_id) DO UPDATE SET version_id = excluded.version_id, switched_at = excluded.switched_at,
                    switched_by = excluded.switched_by""", dataset.value(), version.value(), at, by);
    }

    @Override
    public void log(UpdateLogEntry entry) {
        sql.update("""
                INSERT INTO data_update_log (dataset_id, version_id, kind, round_id, run_id, observations, reference_date, approved_by, at, note)
                SELECT ?, v.id, ?, ?, ?, v.observations, v.reference_date, ?, ?, ? FROM dataset_version v WHERE v.id = ?""",
                entry.dataset().value(), entry.kind().name(), entry.roundId(), entry.runId(), entry.approvedBy(), entry.at(),
                entry.note(), entry.version().value());
    }

    @Override
    public void recordSource(DatasetId dataset, VersionId version) {
        sql.update("""
                INSERT INTO data_source (version_id, dataset_id, name, publisher, source_kind, source_ref, licence, fetched_at, sha256)
                SELECT ?, d.id, d.name, d.publisher, d.source_kind, d.source_ref, d.licence, min(r.fetched_at),
                       string_agg(r.sha256, ',' ORDER BY r.part)
                FROM dataset d JOIN raw_object r ON r.version_id = ? WHERE d.id = ?
                GROUP BY d.id ON CONFLICT (version_id) DO NOTHING""", version.value(), version.value(), dataset.value());
    }
}
