package jp.resas.ops.backup.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.backup.BackupFigures;
import jp.resas.ops.backup.BackupJob;
import jp.resas.ops.backup.CollectingBackupJobs;
import jp.resas.ops.backup.HoldingRestoreDrills;
import jp.resas.ops.backup.JobKind;
import jp.resas.ops.backup.JobQuery;
import jp.resas.ops.backup.RestoreDrill;
import jp.resas.ops.calendar.BusinessCalendar;
import jp.resas.ops.common.Actor;
import jp.resas.ops.common.NotFoundException;
import jp.resas.ops.platform.jdbc.Keyset;

/**
 * The backups' use cases for the API, the portal and the report: job lists, the drills and their steps (each
 * in one transaction with its audit entry), and the month's figures.
 */
@Singleton
public class BackupService {

    private final JdbcBackupJobs jobs;
    private final JdbcRestoreDrills drills;
    private final HoldingRestoreDrills holding;
    private final Clock clock;

    BackupService(JdbcBackupJobs jobs, JdbcRestoreDrills drills, AuditLog audit, Clock clock) {
        this.jobs = jobs;
        this.drills = drills;
        this.clock = clock;
        this.holding = new HoldingRestoreDrills(drills, audit, clock);
    }

    @Transactional
    public Keyset.Page<BackupJob> jobs(JobQuery query, Keyset.Request page) {
        return jobs.list(query, page);
    }

    @Transactional
    public BackupJob job(long id) {
        return jobs.get(id).orElseThrow(() -> new NotFoundException("バックアップジョブ " + id + " はありません。"));
    }

    /**
     * The resources AWS Backup protects that had no backup job in the collector's window (7 days), as the last
     * collection read them, oldest last backup first, with the incident each opened.
     */
    @Transactional
    public List<Unbacked> unbacked() {
        return jobs.unbacked(clock.instant().minus(CollectingBackupJobs.LOOKBACK));
    }

    @Transactional
    public Keyset.Page<RestoreDrill> drills(Optional<RestoreDrill.Status> status, Keyset.Request page) {
        return drills.list(status, page);
    }

    @Transactional
    public RestoreDrill drill(long id) {
        return drills.get(id).orElseThrow(() -> new NotFoundException("リストア訓練 " + id + " はありません。"));
    }

    @Transactional
    public RestoreDrill plan(String title, LocalDate plannedFor, String resourceArn, int rtoTargetMinutes, Actor actor) {
        return holding.plan(title, plannedFor, resourceArn, rtoTargetMinutes, actor);
    }

    @Transactional
    public RestoreDrill record(long id, long version, HoldingRestoreDrills.Result result, Actor actor) {
        return holding.record(id, version, result, actor);
    }

    @Transactional
    public RestoreDrill signOff(long id, long version, String note, Actor approver) {
        return holding.signOff(id, version, note, approver);
    }

    /** The monthly report's backup figures for {@code month} (JST), as they stand now. */
    @Transactional
    public BackupFigures figures(YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay(BusinessCalendar.JST).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(BusinessCalendar.JST).toInstant();
        List<BackupJob> created = jobs.createdBetween(from, to);
        Map<JobKind, Map<String, Integer>> counts = new EnumMap<>(JobKind.class);
        created.forEach(j -> counts.computeIfAbsent(j.kind(), k -> new TreeMap<>()).merge(j.state(), 1, Integer::sum));
        List<BackupJob> failures = created.stream().filter(BackupService::failed).toList();
        return new BackupFigures(month, counts, failures, jobs.lastSuccessfulBackups(to),
                drills.heldOrPlannedBetween(from, to, month.atDay(1), month.plusMonths(1).atDay(1)));
    }

    /** As {@link JdbcBackupJobs#FAILED} says in SQL. */
    static boolean failed(BackupJob j) {
        return List.of("FAILED", "EXPIRED", "ABORTED").contains(j.state())
                || List.of("FAILED", "TIMED_OUT").contains(String.valueOf(j.validationStatus()));
    }
}
