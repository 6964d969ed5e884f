package jp.resas.ops.pipeline.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.dataset.DatasetId;
import jp.resas.ops.pipeline.Run;
import jp.resas.ops.pipeline.RunId;
import jp.resas.ops.pipeline.RunStatus;
import jp.resas.ops.pipeline.VersionDigest;
import jp.resas.ops.pipeline.VersionId;
import jp.resas.ops.platform.jdbc.Sql;

/**
 * Publishing and rollback. Each is one transaction that switches {@code dataset_current}, changes the
 * versions' states and writes the data-update log, the source list and the audit log: a reader sees the
 * old version or the new one, never half of either.
 */
@Singleton
public class PublishService {

    private final Sql sql;
    private final RunRecords runs;
    private final AuditLog audit;
    private final Staging staging;
    private final Clock clock;

    PublishService(Sql sql, RunRecords runs, Staging staging, AuditLog audit, Clock clock) {
        this.sql = sql;
        this.staging = staging;
        this.runs = runs;
        this.audit = audit;
        this.clock = clock;
    }

    /** Publishes an approved run's version; publishing it again changes nothing. */
    @Transactional
    public VersionId publish(RunId id) {
        Run run = runs.lock(id).orElseThrow(() -> new IllegalArgumentException("no run " + id.value()));
        if (run.status() == RunStatus.PUBLISHED) {
            return new VersionId(run.versionId());
        }
        if (run.status() != RunStatus.AWAITING_APPROVAL || run.decidedBy() == null) {
            throw new IllegalStateException("run " + id.value() + " is " + run.status() + " and not approved: nothing published");
        }
        VersionId version = new VersionId(run.versionId());
        verifyApproved(run, version);
        Instant now = clock.instant();
        switchTo(run.dataset(), version, run.decidedBy(), now);
        sql.update("""
                INSERT INTO data_update_log (dataset_id, version_id, kind, round_id, run_id, observations, reference_date, approved_by, at, note)
                SELECT ?, v.id, 'PUBLISH', ?, ?, v.observations, v.reference_date, ?, ?, ? FROM dataset_version v WHERE v.id = ?""",
                run.dataset(), run.roundId(), id.value(), run.decidedBy(), now, run.decisionComment(), version.value());
        sql.update("""
                INSERT INTO data_source (version_id, dataset_id, name, publisher, source_kind, source_ref, licence, fetched_at, sha256)
                SELECT ?, d.id, d.name, d.publisher, d.source_kind, d.source_ref, d.licence, min(r.fetched_at),
                       string_agg(r.sha256, ',' ORDER BY r.part)
                FROM dataset d JOIN raw_object r ON r.version_id = ? WHERE d.id = ?
                GROUP BY d.id ON CONFLICT (version_id) DO NOTHING""", version.value(), version.value(), run.dataset());
        runs.status(id, RunStatus.PUBLISHED, now, null);
        runs.step(id, "publish", "SUCCEEDED", now, Map.of("versionId", version.value()));
        if (run.roundId() != null) {
            runs.roundItem(run.roundId(), run.dataset(), "PUBLISHED");
        }
        audit.append(new AuditEntry(run.decidedBy(), "dataset.version.published", "dataset_version",
                String.valueOf(version.value()), Map.of("dataset", run.dataset(), "runId", id.value()), "pipeline"));
        return version;
    }

    /**
     * The decision must be for this very version, and the version must still hold what was approved: its
     * raw objects, chunks and observations give the digest recorded with the decision. Anything else
     * publishes nothing ({@code Pipeline.ApprovalMismatch}).
     */
    private void verifyApproved(Run run, VersionId version) {
        Map.Entry<Long, String> decided = runs.decidedOn(run.id()).orElseThrow(() -> new ApprovalMismatchException(
                "run " + run.id().value() + " has no decision bound to a version"));
        if (decided.getKey() != version.value()) {
            throw new ApprovalMismatchException("the approval was given for version " + decided.getKey() + ", the run's version is "
                    + version.value());
        }
        Staging.VersionState state = staging.lock(version).orElseThrow();
        if (!"STAGED".equals(state.status())) {
            throw new ApprovalMismatchException("version " + version.value() + " is " + state.status() + ", not staged");
        }
        String now = new VersionDigest(version.value(), runs.sources(version).orElse(""),
                state.chunks() == null ? 0 : state.chunks(), staging.count(version)).value();
        if (!now.equals(decided.getValue()) || !now.equals(state.digest())) {
            throw new ApprovalMismatchException("version " + version.value() + " no longer holds the approved content (digest "
                    + decided.getValue() + ", now " + now + ")");
        }
    }

    /** Makes the version published before the current one current again. */
    @Transactional
    public VersionId rollback(DatasetId dataset, String approver, String comment, String source) {
        long current = sql.queryOne("SELECT version_id FROM dataset_current WHERE dataset_id = ? FOR UPDATE",
                row -> row.getLong(1), dataset.value()).orElseThrow(() -> new InvalidInputException("datasetId",
                        "データセット「" + dataset + "」には公開中の版がありません。"));
        VersionId previous = sql.queryOne("""
                SELECT id FROM dataset_version WHERE dataset_id = ? AND status = 'SUPERSEDED'
                ORDER BY published_at DESC, id DESC LIMIT 1""", row -> new VersionId(row.getLong(1)), dataset.value())
                .orElseThrow(() -> new InvalidInputException("datasetId", "戻せる以前の版がありません。"));
        Instant now = clock.instant();
        sql.update("UPDATE dataset_version SET status = 'ROLLED_BACK' WHERE id = ?", current);
        sql.update("UPDATE dataset_version SET status = 'PUBLISHED' WHERE id = ?", previous.value());
        sql.update("UPDATE dataset_current SET version_id = ?, switched_at = ?, switched_by = ? WHERE dataset_id = ?",
                previous.value(), now, approver, dataset.value());
        sql.update("""
                INSERT INTO data_update_log (dataset_id, version_id, kind, observations, reference_date, approved_by, at, note)
                SELECT dataset_id, id, 'ROLLBACK', observations, reference_date, ?, ?, ? FROM dataset_version WHERE id = ?""",
                approver, now, comment, previous.value());
        audit.append(new AuditEntry(approver, "dataset.version.rolled_back", "dataset", dataset.value(),
                Map.of("from", current, "to", previous.value(), "comment", comment == null ? "" : comment), source));
        return previous;
    }

    private void switchTo(String dataset, VersionId version, String by, Instant at) {
        sql.query("SELECT version_id FROM dataset_current WHERE dataset_id = ? FOR UPDATE", row -> row.getLong(1), dataset)
                .forEach(old -> sql.update("UPDATE dataset_version SET status = 'SUPERSEDED' WHERE id = ?", old));
        sql.update("UPDATE dataset_version SET status = 'PUBLISHED', published_at = ? WHERE id = ?", at, version.value());
        sql.update("""
                INSERT INTO dataset_current (dataset_id, version_id, switched_at, switched_by) VALUES (?, ?, ?, ?)
                ON CONFLICT (dataset_id) DO UPDATE SET version_id = excluded.version_id, switched_at = excluded.switched_at,
                    switched_by = excluded.switched_by""", dataset, version.value(), at, by);
    }
}
