package jp.resas.ops.backup;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.ledger.asset.SourceUnavailableException;
import jp.resas.ops.monitoring.runs.CollectorIncidents;

/**
 * Keeps the jobs true to AWS Backup: each (account, region, job list) is a scope read in full, every page, the
 * jobs created in the last {@link #LOOKBACK} (so a job still running yesterday gets its end state). A scope
 * that cannot be read is named as missing and changes nothing. A job that did not end well raises what
 * {@link FailurePolicy} says, once per job across runs; a restore job of the restore testing plan becomes an
 * automatic restore drill; a resource whose latest completed backup is older than {@link #BACKUP_DUE} opens
 * an incident (one open per resource), and so does a resource AWS Backup protects (it has recovery points)
 * that had no backup job at all in the {@link #LOOKBACK}: taken out of its backup plan, it would otherwise be
 * seen nowhere. That check is made only for a scope whose backup jobs and protected resources were both read. A
 * resource a backup plan selects that has no recovery point at all is not among the protected resources; it is added
 * to them (marked {@code selectedBy}) and judged the same way.
 */
public final class CollectingBackupJobs {

    /** How far back each daily run reads (ListBackupJobs keeps 30 days). */
    public static final Duration LOOKBACK = Duration.ofDays(7);
    /** The daily plan's window plus slack: no completed backup for this long means the backup is missing. */
    public static final Duration BACKUP_DUE = Duration.ofHours(36);
    static final String SERVICE = "backup:";

    /** The job lists of one account, read with its credentials, and its regions. */
    public record AccountJobs(String account, BackupSource source, List<String> regions) {

        public AccountJobs {
            regions = List.copyOf(regions);
        }
    }

    private final List<AccountJobs> accounts;

    /** @param accounts RESAS Ops' own (named "") and each monitored account */
    public CollectingBackupJobs(List<AccountJobs> accounts) {
        this.accounts = List.copyOf(accounts);
    }

    /** {@code resas-prod/backup:ap-northeast-1}; RESAS Ops' own has no prefix. */
    public static String scope(String account, String region) {
        return (account.isEmpty() ? "" : account + "/") + SERVICE + region;
    }

    /** Reads every scope; throws only when none could be read. */
    public JobHarvest read(Instant now) {
        Instant since = now.minus(LOOKBACK);
        Map<String, List<ReportedJob>> scopes = new LinkedHashMap<>();
        Map<String, List<ProtectedResource>> protectedResources = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (AccountJobs account : accounts) {
            for (String region : account.regions()) {
                String scope = scope(account.account(), region);
                try {
                    List<ProtectedResource> resources = account.source().protectedResources(region);
                    resources.stream().filter(r -> !r.scope().equals(scope)).findAny().ifPresent(r -> {
                        throw new IllegalStateException(r.resourceArn() + " reported in " + r.scope() + ", read as " + scope);
                    });
                    protectedResources.put(scope, withSelected(account, region, scope, resources, missing));
                } catch (SourceUnavailableException e) {
                    missing.add(scope + JobHarvest.PROTECTED + ": " + e.getMessage());
                }
                for (JobKind kind : JobKind.values()) {
                    String key = scope + " " + kind;
                    try {
                        List<ReportedJob> jobs = account.source().jobs(kind, region, since);
                        jobs.stream().filter(j -> !j.scope().equals(scope) || j.kind() != kind).findAny().ifPresent(j -> {
                            throw new IllegalStateException(j.jobId() + " reported in " + j.scope() + ", read as " + key);
                        });
                        scopes.put(key, jobs);
                    } catch (SourceUnavailableException e) {
                        missing.add(key + ": " + e.getMessage());
                    }
                }
            }
        }
        if (scopes.isEmpty()) {
            throw new IllegalStateException("no AWS Backup job list could be read: " + missing);
        }
        return new JobHarvest(scopes, protectedResources, missing);
    }

    /**
     * The protected resources and, after them, each resource a backup plan selects that is not among them: it never
     * had a recovery point (or all have expired). Selections that cannot be read are a missing scope; the protected
     * resources stand on their own then.
     */
    private static List<ProtectedResource> withSelected(AccountJobs account, String region, String scope,
            List<ProtectedResource> resources, List<String> missing) {
        try {
            List<SelectedResource> selected = account.source().selectedResources(region);
            java.util.Set<String> known = new java.util.HashSet<>();
            resources.forEach(r -> known.add(r.resourceArn()));
            List<ProtectedResource> all = new ArrayList<>(resources);
            for (SelectedResource s : selected) {
                if (known.add(s.resourceArn())) {
                    all.add(ProtectedResource.selectedOnly(scope, s.resourceArn(), s.selection()));
                }
            }
            return all;
        } catch (SourceUnavailableException e) {
            missing.add(scope + JobHarvest.SELECTIONS + ": " + e.getMessage());
            return resources;
        }
    }

    /** What one store did. */
    public record Stored(int jobs, List<Long> incidents, List<Long> tickets, List<Long> drills, List<String> overdue) {
    }

    /** Applies a harvest inside the caller's transaction. */
    public static Stored store(JobHarvest harvest, BackupJobs jobs, RestoreDrills drills, CollectorIncidents incidents,
            FollowUpTickets tickets, int rtoTargetMinutes, Instant at) {
        List<Long> opened = new ArrayList<>();
        List<Long> raised = new ArrayList<>();
        List<Long> drilled = new ArrayList<>();
        List<String> overdue = new ArrayList<>();
        int count = 0;
        for (Map.Entry<String, List<ReportedJob>> entry : harvest.scopes().entrySet()) {
            for (ReportedJob job : entry.getValue()) {
                count++;
                BackupJobs.Stored stored = jobs.upsert(job, at);
                FailurePolicy.of(job).ifPresent(raise -> {
                    if (raise.incident() && stored.incidentId() == null) {
                        long incident = incidents.openOrAdd(raise.dedupKey(), "COLLECTOR", raise.severity(),
                                BackupTexts.incidentTitle(job), BackupTexts.detail(job), at);
                        jobs.linkIncident(stored.id(), incident);
                        opened.add(incident);
                    } else if (!raise.incident() && stored.ticketId() == null) {
                        long ticket = tickets.open(BackupTexts.ticketTitle(job), BackupTexts.detail(job),
                                "AWS Backup " + job.kind() + " " + job.jobId());
                        jobs.linkTicket(stored.id(), ticket);
                        raised.add(ticket);
                    }
                });
                if (job.restoreTest()) {
                    drills.recordRestoreTest(stored.id(), job, rtoTargetMinutes, at).ifPresent(drilled::add);
                }
            }
            if (entry.getKey().endsWith(" " + JobKind.BACKUP)) {
                String scope = entry.getKey().substring(0, entry.getKey().length() - JobKind.BACKUP.name().length() - 1);
                for (String resource : jobs.withoutRecentBackup(scope, at.minus(LOOKBACK), at.minus(BACKUP_DUE))) {
                    overdue.add(resource);
                    opened.add(incidents.openOrAdd("backup-missing:" + resource, "COLLECTOR", 2,
                            BackupTexts.missingTitle(resource), scope + ": " + resource + " に "
                                    + BACKUP_DUE.toHours() + " 時間以上、完了したバックアップがありません。", at));
                }
            }
        }
        for (Map.Entry<String, List<ProtectedResource>> entry : harvest.protectedResources().entrySet()) {
            String scope = entry.getKey();
            jobs.replaceProtected(scope, entry.getValue(), at);
            if (!harvest.scopes().containsKey(scope + " " + JobKind.BACKUP)) {
                continue;
            }
            for (ProtectedResource resource : jobs.protectedWithoutJob(scope, at.minus(LOOKBACK))) {
                overdue.add(resource.resourceArn());
                long incident = incidents.openOrAdd("backup-missing:" + resource.resourceArn(), "COLLECTOR", 2,
                        BackupTexts.missingTitle(resource.resourceArn()), BackupTexts.noJobDetail(resource,
                                LOOKBACK.toDays()), at);
                jobs.linkProtectedIncident(scope, resource.resourceArn(), incident);
                opened.add(incident);
            }
        }
        return new Stored(count, opened, raised, drilled, overdue);
    }
}
