package jp.resas.ops.backup.infrastructure;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.resas.ops.backup.JobKind;
import jp.resas.ops.backup.ReportedJob;
import jp.resas.ops.backup.RestoreDrill;
import jp.resas.ops.backup.RestoreDrills;
import jp.resas.ops.calendar.BusinessCalendar;
import jp.resas.ops.platform.jdbc.Keyset;
import jp.resas.ops.platform.jdbc.Sql;

/** Drills in {@code restore_drill}; lists newest first, keyset-paged on (created_at, id). */
@Singleton
final class JdbcRestoreDrills implements RestoreDrills {

    /** Who performs and records an automatic drill: AWS Backup, its restore job read by the collector. */
    static final String AWS_BACKUP = "AWS Backup";
    static final String COLLECTOR = "system:backup-collector";
    private static final Keyset NEWEST_FIRST = Keyset.descending(Keyset.instant("created_at"), Keyset.number("id"));

    private final Sql sql;

    JdbcRestoreDrills(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Optional<Long> recordRestoreTest(long restoreJobRowId, ReportedJob job, int rtoTargetMinutes, Instant at) {
        String verification = verification(job).name();
        String note = job.validationMessage() != null ? job.validationMessage() : job.message();
        // xmax = 0 only on the row this statement inserted; a signed-off drill is never touched again.
        return sql.queryOne("INSERT INTO restore_drill (kind, status, title, planned_for, resource_arn, recovery_point_arn, "
                + "recovery_point_at, restore_job_id, started_at, completed_at, performed_by, recorded_by, verification, "
                + "verification_note, rto_target_minutes, created_by, created_at) VALUES ('AUTOMATIC', 'PERFORMED', ?, ?, "
                + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (restore_job_id) DO UPDATE SET "
                + "completed_at = EXCLUDED.completed_at, verification = EXCLUDED.verification, "
                + "verification_note = EXCLUDED.verification_note, version = restore_drill.version + CASE WHEN "
                + "(restore_drill.completed_at, restore_drill.verification, restore_drill.verification_note) IS DISTINCT "
                + "FROM (EXCLUDED.completed_at, EXCLUDED.verification, EXCLUDED.verification_note) THEN 1 ELSE 0 END "
                + "WHERE restore_drill.status <> 'SIGNED_OFF' RETURNING id, xmax = 0",
                row -> row.getBoolean(2) ? row.getLong(1) : 0L,
                "月次リストアテスト: " + (job.resourceType() == null ? "" : job.resourceType() + " ")
                        + (job.resourceArn() == null ? job.jobId() : job.resourceArn()),
                LocalDate.ofInstant(job.createdAt(), BusinessCalendar.JST), job.resourceArn(), job.recoveryPointArn(),
                job.recoveryPointCreatedAt(), restoreJobRowId, job.createdAt(), job.completedAt(), AWS_BACKUP, COLLECTOR,
                verification, note, rtoTargetMinutes, COLLECTOR, at).filter(id -> id > 0);
    }

    /** AWS Backup's validation (or the job's own end when it did not finish) as the drill's verification. */
    static RestoreDrill.Verification verification(ReportedJob job) {
        if ("FAILED".equals(job.state()) || "ABORTED".equals(job.state())) {
            return RestoreDrill.Verification.FAILED;
        }
        if (job.validationStatus() == null) {
            return RestoreDrill.Verification.PENDING;
        }
        return switch (job.validationStatus()) {
            case "SUCCESSFUL" -> RestoreDrill.Verification.PASSED;
            case "FAILED", "TIMED_OUT" -> RestoreDrill.Verification.FAILED;
            default -> RestoreDrill.Verification.PENDING;
        };
    }

    @Override
    public Optional<RestoreDrill> lock(long id) {
        return sql.queryOne("SELECT * FROM restore_drill WHERE id = ? FOR UPDATE", JdbcRestoreDrills::drill, id);
    }

    @Override
    public Optional<RestoreDrill> get(long id) {
        return sql.queryOne("SELECT * FROM restore_drill WHERE id = ?", JdbcRestoreDrills::drill, id);
    }

    @Override
    public long plan(RestoreDrill d) {
        return sql.queryOne("INSERT INTO restore_drill (kind, status, title, planned_for, resource_arn, rto_target_minutes, "
                + "created_by, created_at) VALUES (?, 'PLANNED', ?, ?, ?, ?, ?, ?) RETURNING id", row -> row.getLong(1),
                d.kind(), d.title(), d.plannedFor(), d.resourceArn(), d.rtoTargetMinutes(), d.createdBy(), d.createdAt())
                .orElseThrow();
    }

    @Override
    public boolean save(RestoreDrill d) {
        return sql.update("UPDATE restore_drill SET status = ?, recovery_point_arn = ?, recovery_point_at = ?, "
                + "restore_job_id = ?, started_at = ?, completed_at = ?, performed_by = ?, recorded_by = ?, verification = ?, "
                + "verification_note = ?, signed_off_by = ?, signed_off_at = ?, sign_off_note = ?, version = version + 1 "
                + "WHERE id = ? AND version = ?", d.status(), d.recoveryPointArn(), d.recoveryPointAt(), d.restoreJobId(),
                d.startedAt(), d.completedAt(), d.performedBy(), d.recordedBy(), d.verification(), d.verificationNote(),
                d.signedOffBy(), d.signedOffAt(), d.signOffNote(), d.id(), d.version()) == 1;
    }

    @Override
    public Optional<Long> drillOf(long restoreJobRowId) {
        return sql.queryOne("SELECT id FROM restore_drill WHERE restore_job_id = ?", row -> row.getLong(1), restoreJobRowId);
    }

    @Override
    public Optional<ReportedJob> restoreJob(long restoreJobRowId) {
        return sql.queryOne("SELECT * FROM backup_job WHERE id = ? AND kind = 'RESTORE'", JdbcBackupJobs::job,
                restoreJobRowId).map(j -> new ReportedJob(JobKind.RESTORE, j.jobId(), j.scope(), j.accountId(),
                        j.region(), j.resourceArn(), j.resourceType(), j.resourceName(), j.vault(), j.recoveryPointArn(),
                        j.state(), j.message(), j.createdAt(), j.completedAt(), j.sizeBytes(), j.createdResourceArn(),
                        j.recoveryPointCreatedAt(), j.restoreTestingPlan(), j.validationStatus(), j.validationMessage()));
    }

    /** A page of drills for the API, optionally of one status. */
    Keyset.Page<RestoreDrill> list(Optional<RestoreDrill.Status> status, Keyset.Request page) {
        return status.isPresent()
                ? NEWEST_FIRST.page(sql, "SELECT * FROM restore_drill WHERE status = ?", JdbcRestoreDrills::drill, page,
                        status.get())
                : NEWEST_FIRST.page(sql, "SELECT * FROM restore_drill", JdbcRestoreDrills::drill, page);
    }

    /** Drills started (or, if not yet held, planned) in [from, to), oldest first: the monthly report. */
    List<RestoreDrill> heldOrPlannedBetween(Instant from, Instant to, LocalDate fromDay, LocalDate toDay) {
        return sql.query("SELECT * FROM restore_drill WHERE (started_at >= ? AND started_at < ?) OR (started_at IS NULL "
                + "AND planned_for >= ? AND planned_for < ?) ORDER BY coalesce(started_at, created_at), id",
                JdbcRestoreDrills::drill, from, to, fromDay, toDay);
    }

    private static Long nullable(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    static RestoreDrill drill(ResultSet row) throws SQLException {
        String verification = row.getString("verification");
        return new RestoreDrill(row.getLong("id"), RestoreDrill.Kind.valueOf(row.getString("kind")),
                RestoreDrill.Status.valueOf(row.getString("status")), row.getString("title"),
                row.getObject("planned_for", LocalDate.class), row.getString("resource_arn"),
                row.getString("recovery_point_arn"), Sql.instant(row, "recovery_point_at"),
                nullable(row, "restore_job_id"), Sql.instant(row, "started_at"), Sql.instant(row, "completed_at"),
                row.getString("performed_by"), row.getString("recorded_by"),
                verification == null ? null : RestoreDrill.Verification.valueOf(verification),
                row.getString("verification_note"), row.getInt("rto_target_minutes"), row.getString("signed_off_by"),
                Sql.instant(row, "signed_off_at"), row.getString("sign_off_note"), row.getString("created_by"),
                Sql.instant(row, "created_at"), row.getLong("version"));
    }
}
