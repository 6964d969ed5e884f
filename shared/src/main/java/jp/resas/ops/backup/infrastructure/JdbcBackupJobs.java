package jp.resas.ops.backup.infrastructure;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.resas.ops.backup.BackupJob;
import jp.resas.ops.backup.BackupJobs;
import jp.resas.ops.backup.JobKind;
import jp.resas.ops.backup.JobQuery;
import jp.resas.ops.backup.ProtectedResource;
import jp.resas.ops.backup.ReportedJob;
import jp.resas.ops.platform.jdbc.Keyset;
import jp.resas.ops.platform.jdbc.Sql;

/** Jobs in {@code backup_job}, one row per (kind, job id); lists newest first, keyset-paged on (created_at, id). */
@Singleton
final class JdbcBackupJobs implements BackupJobs {

    /** What counts as a failure in the lists and the report (AWS Backup's states and validation). */
    static final String FAILED = "(state IN ('FAILED', 'EXPIRED', 'ABORTED') OR validation_status IN ('FAILED', 'TIMED_OUT'))";
    /** No backup job for the resource (in any scope: a copy's region lists it too) created since the parameter. */
    private static final String NO_JOB_SINCE = "NOT EXISTS (SELECT 1 FROM backup_job j WHERE j.kind = 'BACKUP' "
            + "AND j.resource_arn = p.resource_arn AND j.created_at >= ?)";
    private static final Keyset NEWEST_FIRST = Keyset.descending(Keyset.instant("created_at"), Keyset.number("id"));

    private final Sql sql;

    JdbcBackupJobs(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Stored upsert(ReportedJob j, Instant at) {
        return sql.queryOne("INSERT INTO backup_job (kind, job_id, scope, account_id, region, resource_arn, resource_type, "
                + "resource_name, vault, recovery_point_arn, state, message, created_at, completed_at, size_bytes, "
                + "created_resource_arn, recovery_point_created_at, restore_testing_plan, validation_status, "
                + "validation_message, first_seen_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, ?, ?, ?) ON CONFLICT (kind, job_id) DO UPDATE SET scope = EXCLUDED.scope, "
                + "resource_arn = EXCLUDED.resource_arn, resource_type = EXCLUDED.resource_type, "
                + "resource_name = EXCLUDED.resource_name, vault = EXCLUDED.vault, "
                + "recovery_point_arn = EXCLUDED.recovery_point_arn, state = EXCLUDED.state, message = EXCLUDED.message, "
                + "completed_at = EXCLUDED.completed_at, size_bytes = EXCLUDED.size_bytes, "
                + "created_resource_arn = EXCLUDED.created_resource_arn, "
                + "recovery_point_created_at = EXCLUDED.recovery_point_created_at, "
                + "validation_status = EXCLUDED.validation_status, validation_message = EXCLUDED.validation_message, "
                + "last_seen_at = EXCLUDED.last_seen_at RETURNING id, incident_id, ticket_id",
                row -> new Stored(row.getLong(1), nullable(row, 2), nullable(row, 3)), j.kind(), j.jobId(), j.scope(),
                j.accountId(), j.region(), j.resourceArn(), j.resourceType(), j.resourceName(), j.vault(),
                j.recoveryPointArn(), j.state(), j.message(), j.createdAt(), j.completedAt(), j.sizeBytes(),
                j.createdResourceArn(), j.recoveryPointCreatedAt(), j.restoreTestingPlan(), j.validationStatus(),
                j.validationMessage(), at, at).orElseThrow();
    }

    @Override
    public void linkIncident(long id, long incidentId) {
        sql.update("UPDATE backup_job SET incident_id = ? WHERE id = ?", incidentId, id);
    }

    @Override
    public void linkTicket(long id, long ticketId) {
        sql.update("UPDATE backup_job SET ticket_id = ? WHERE id = ?", ticketId, id);
    }

    @Override
    public List<String> withoutRecentBackup(String scope, Instant since, Instant before) {
        return sql.query("SELECT resource_arn FROM backup_job WHERE scope = ? AND kind = 'BACKUP' AND created_at >= ? "
                + "AND resource_arn IS NOT NULL GROUP BY resource_arn HAVING coalesce(max(created_at) "
                + "FILTER (WHERE state = 'COMPLETED'), '-infinity'::timestamptz) < ? ORDER BY resource_arn",
                row -> row.getString(1), scope, since, before);
    }

    @Override
    public void replaceProtected(String scope, List<ProtectedResource> resources, Instant at) {
        for (ProtectedResource r : resources) {
            sql.update("INSERT INTO backup_protected_resource (scope, resource_arn, resource_type, resource_name, "
                    + "last_backup_at, selected_by, first_seen_at, last_seen_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT "
                    + "(scope, resource_arn) DO UPDATE SET resource_type = EXCLUDED.resource_type, resource_name = "
                    + "EXCLUDED.resource_name, last_backup_at = EXCLUDED.last_backup_at, selected_by = EXCLUDED.selected_by, "
                    + "last_seen_at = EXCLUDED.last_seen_at",
                    scope, r.resourceArn(), r.resourceType(), r.resourceName(), r.lastBackupAt(), r.selectedBy(), at, at);
        }
        sql.update("DELETE FROM backup_protected_resource WHERE scope = ? AND last_seen_at < ?", scope, at);
    }

    @Override
    public List<ProtectedResource> protectedWithoutJob(String scope, Instant since) {
        return sql.query("SELECT * FROM backup_protected_resource p WHERE scope = ? AND " + NO_JOB_SINCE
                + " ORDER BY resource_arn", JdbcBackupJobs::protectedResource, scope, since);
    }

    @Override
    public void linkProtectedIncident(String scope, String resourceArn, long incidentId) {
        sql.update("UPDATE backup_protected_resource SET incident_id = ? WHERE scope = ? AND resource_arn = ?",
                incidentId, scope, resourceArn);
    }

    /** Every protected resource with no backup job since {@code since}, with the incident it opened (the page). */
    List<Unbacked> unbacked(Instant since) {
        return sql.query("SELECT * FROM backup_protected_resource p WHERE " + NO_JOB_SINCE
                + " ORDER BY last_backup_at NULLS FIRST, scope, resource_arn", row -> new Unbacked(protectedResource(row),
                nullable(row, "incident_id")), since);
    }

    /** A page of jobs for the API (a read-side query of this adapter). */
    Keyset.Page<BackupJob> list(JobQuery query, Keyset.Request page) {
        StringBuilder where = new StringBuilder(" WHERE true");
        List<Object> params = new ArrayList<>();
        query.kind().ifPresent(k -> { where.append(" AND kind = ?"); params.add(k); });
        query.state().ifPresent(s -> { where.append(" AND state = ?"); params.add(s); });
        query.account().ifPresent(a -> { where.append(" AND scope LIKE ? ESCAPE '\\'"); params.add(like(a) + "/%"); });
        if (query.failedOnly()) {
            where.append(" AND ").append(FAILED);
        }
        return NEWEST_FIRST.page(sql, "SELECT * FROM backup_job" + where, JdbcBackupJobs::job, page, params.toArray());
    }

    Optional<BackupJob> get(long id) {
        return sql.queryOne("SELECT * FROM backup_job WHERE id = ?", JdbcBackupJobs::job, id);
    }

    /** Every job created in [from, to), oldest first (the monthly report and the export). */
    List<BackupJob> createdBetween(Instant from, Instant to) {
        return sql.query("SELECT * FROM backup_job WHERE created_at >= ? AND created_at < ? ORDER BY created_at, id",
                JdbcBackupJobs::job, from, to);
    }

    /** Per resource backed up before {@code to}, its latest completed backup job. */
    List<BackupJob> lastSuccessfulBackups(Instant to) {
        return sql.query("SELECT DISTINCT ON (resource_arn) * FROM backup_job WHERE kind = 'BACKUP' AND state = 'COMPLETED' "
                + "AND resource_arn IS NOT NULL AND created_at < ? ORDER BY resource_arn, created_at DESC, id DESC",
                JdbcBackupJobs::job, to);
    }

    private static String like(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private static Long nullable(ResultSet row, int column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    private static Long nullable(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    static ProtectedResource protectedResource(ResultSet row) throws SQLException {
        return new ProtectedResource(row.getString("scope"), row.getString("resource_arn"), row.getString("resource_type"),
                row.getString("resource_name"), Sql.instant(row, "last_backup_at"), row.getString("selected_by"));
    }

    static BackupJob job(ResultSet row) throws SQLException {
        return new BackupJob(row.getLong("id"), JobKind.valueOf(row.getString("kind")), row.getString("job_id"),
                row.getString("scope"), row.getString("account_id"), row.getString("region"),
                row.getString("resource_arn"), row.getString("resource_type"), row.getString("resource_name"),
                row.getString("vault"), row.getString("recovery_point_arn"), row.getString("state"),
                row.getString("message"), Sql.instant(row, "created_at"), Sql.instant(row, "completed_at"),
                nullable(row, "size_bytes"), row.getString("created_resource_arn"),
                Sql.instant(row, "recovery_point_created_at"), row.getString("restore_testing_plan"),
                row.getString("validation_status"), row.getString("validation_message"), nullable(row, "incident_id"),
                nullable(row, "ticket_id"));
    }
}
