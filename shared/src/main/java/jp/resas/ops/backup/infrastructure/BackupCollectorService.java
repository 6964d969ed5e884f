package jp.resas.ops.backup.infrastructure;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.resas.ops.backup.AccountBackupSource;
import jp.resas.ops.backup.BackupJobs;
import jp.resas.ops.backup.BackupSource;
import jp.resas.ops.backup.CollectingBackupJobs;
import jp.resas.ops.backup.CollectingBackupJobs.AccountJobs;
import jp.resas.ops.backup.FollowUpTickets;
import jp.resas.ops.backup.RestoreDrills;
import jp.resas.ops.monitored.MonitoredSystem;
import jp.resas.ops.monitoring.runs.CollectionPeriod;
import jp.resas.ops.monitoring.runs.Collector;
import jp.resas.ops.monitoring.runs.CollectorIncidents;
import jp.resas.ops.monitoring.runs.RunReport;
import jp.resas.ops.monitoring.runs.infrastructure.CollectorRunner;

/**
 * {@code backup-collector}: reads AWS Backup's job lists outside any transaction, then stores the jobs, raises
 * what failed jobs raise, records the restore tests as drills and records the run in one, as the collectors do.
 * RESAS Ops' own account is read in the regions of {@code resas.backup.regions} (env {@code RESAS_BACKUP_REGIONS},
 * comma-separated); each monitored account of the description in its regions, through its read role. An
 * automatic drill's target is {@code resas.backup.rto-target-minutes} (env {@code RESAS_BACKUP_RTO_TARGET_MINUTES},
 * 240 by default: 4 hours, the operator's proposal).
 */
@Singleton
public class BackupCollectorService {

    private final CollectorRunner runner;
    private final CollectingBackupJobs collecting;
    private final BackupJobs jobs;
    private final RestoreDrills drills;
    private final CollectorIncidents incidents;
    private final FollowUpTickets tickets;
    private final int rtoTargetMinutes;
    private final Clock clock;

    BackupCollectorService(CollectorRunner runner, BackupSource own, AccountBackupSource accounts, MonitoredSystem system,
            BackupJobs jobs, RestoreDrills drills, CollectorIncidents incidents, FollowUpTickets tickets, Clock clock,
            BackupSettings settings) {
        this.runner = runner;
        List<AccountJobs> all = new ArrayList<>();
        List<String> ownRegions = settings.ownRegions();
        if (!ownRegions.isEmpty()) {
            all.add(new AccountJobs("", own, ownRegions));
        }
        system.accounts().forEach(account -> all.add(new AccountJobs(account.name(), accounts.of(account),
                account.regions())));
        this.collecting = new CollectingBackupJobs(all);
        this.jobs = jobs;
        this.drills = drills;
        this.incidents = incidents;
        this.tickets = tickets;
        this.rtoTargetMinutes = settings.rtoMinutes();
        this.clock = clock;
    }

    public RunReport collect() {
        LocalDate today = LocalDate.now(clock.withZone(CollectionPeriod.JST));
        return runner.run(Collector.BACKUPS, CollectionPeriod.day(today), () -> collecting.read(clock.instant()),
                harvest -> CollectingBackupJobs.store(harvest, jobs, drills, incidents, tickets, rtoTargetMinutes,
                        clock.instant()));
    }
}
