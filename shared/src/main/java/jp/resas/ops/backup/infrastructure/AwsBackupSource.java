package jp.resas.ops.backup.infrastructure;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import jp.resas.ops.backup.BackupSource;
import jp.resas.ops.backup.CollectingBackupJobs;
import jp.resas.ops.backup.JobKind;
import jp.resas.ops.backup.ProtectedResource;
import jp.resas.ops.backup.ReportedJob;
import jp.resas.ops.backup.SelectedResource;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.backup.model.BackupPlansListMember;
import software.amazon.awssdk.services.backup.model.BackupSelection;
import software.amazon.awssdk.services.backup.model.BackupSelectionsListMember;
import software.amazon.awssdk.services.backup.model.ListBackupPlansResponse;
import software.amazon.awssdk.services.backup.model.ListBackupSelectionsResponse;
import software.amazon.awssdk.services.resourcegroupstaggingapi.ResourceGroupsTaggingApiClient;
import software.amazon.awssdk.services.resourcegroupstaggingapi.model.GetResourcesResponse;
import software.amazon.awssdk.services.resourcegroupstaggingapi.model.TagFilter;
import jp.resas.ops.ledger.asset.SourceUnavailableException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.backup.model.BackupJob;
import software.amazon.awssdk.services.backup.model.CopyJob;
import software.amazon.awssdk.services.backup.model.ListBackupJobsResponse;
import software.amazon.awssdk.services.backup.model.ListCopyJobsResponse;
import software.amazon.awssdk.services.backup.model.ListProtectedResourcesResponse;
import software.amazon.awssdk.services.backup.model.ListRestoreJobsResponse;
import software.amazon.awssdk.services.backup.model.RestoreJobsListMember;

/**
 * The AWS side of the jobs: every page ({@code NextToken}) of {@code ListBackupJobs}, {@code ListCopyJobs} and
 * {@code ListRestoreJobs}, created after the given instant, of {@code ListProtectedResources}, and of the backup plans'
 * selections (tag conditions resolved with the Resource Groups Tagging API's {@code GetResources}). Throttling is retried by the SDK; what still fails
 * (access denied above all) makes the scope unavailable.
 */
public final class AwsBackupSource implements BackupSource {

    private final Function<String, BackupClient> clients;
    private final Function<String, ResourceGroupsTaggingApiClient> tagging;
    private final String account;

    /**
     * @param clients the AWS Backup client of a region
     * @param tagging the Resource Groups Tagging API client of a region (for selections by tag)
     * @param account the monitored account's name, "" for RESAS Ops' own
     */
    public AwsBackupSource(Function<String, BackupClient> clients, Function<String, ResourceGroupsTaggingApiClient> tagging,
            String account) {
        this.clients = clients;
        this.tagging = tagging;
        this.account = account;
    }

    @Override
    public List<ReportedJob> jobs(JobKind kind, String region, Instant since) {
        String scope = CollectingBackupJobs.scope(account, region);
        return calling(() -> {
            BackupClient client = clients.apply(region);
            List<ReportedJob> found = new ArrayList<>();
            String token = null;
            do {
                String page = token;
                switch (kind) {
                    case BACKUP -> {
                        ListBackupJobsResponse r = client.listBackupJobs(b -> b.nextToken(page).maxResults(1000)
                                .byCreatedAfter(since));
                        r.backupJobs().forEach(j -> found.add(backup(scope, region, j)));
                        token = r.nextToken();
                    }
                    case COPY -> {
                        ListCopyJobsResponse r = client.listCopyJobs(b -> b.nextToken(page).maxResults(1000)
                                .byCreatedAfter(since));
                        r.copyJobs().forEach(j -> found.add(copy(scope, region, j)));
                        token = r.nextToken();
                    }
                    case RESTORE -> {
                        ListRestoreJobsResponse r = client.listRestoreJobs(b -> b.nextToken(page).maxResults(1000)
                                .byCreatedAfter(since));
                        r.restoreJobs().forEach(j -> found.add(restore(scope, region, j)));
                        token = r.nextToken();
                    }
                    default -> throw new IllegalArgumentException(kind.name());
                }
            } while (token != null && !token.isEmpty());
            return found;
        });
    }

    @Override
    public List<ProtectedResource> protectedResources(String region) {
        String scope = CollectingBackupJobs.scope(account, region);
        return calling(() -> {
            BackupClient client = clients.apply(region);
            List<ProtectedResource> found = new ArrayList<>();
            String token = null;
            do {
                String page = token;
                ListProtectedResourcesResponse r = client.listProtectedResources(b -> b.nextToken(page).maxResults(1000));
                r.results().forEach(p -> found.add(new ProtectedResource(scope, p.resourceArn(), p.resourceType(),
                        p.resourceName(), p.lastBackupTime())));
                token = r.nextToken();
            } while (token != null && !token.isEmpty());
            return found;
        });
    }

    @Override
    public List<SelectedResource> selectedResources(String region) {
        String scope = CollectingBackupJobs.scope(account, region);
        return calling(() -> {
            BackupClient client = clients.apply(region);
            Map<String, SelectedResource> found = new LinkedHashMap<>();
            String token = null;
            do {
                String page = token;
                ListBackupPlansResponse plans = client.listBackupPlans(b -> b.nextToken(page).maxResults(1000));
                for (BackupPlansListMember plan : plans.backupPlansList()) {
                    String selectionToken = null;
                    do {
                        String selectionPage = selectionToken;
                        ListBackupSelectionsResponse selections = client.listBackupSelections(b -> b
                                .backupPlanId(plan.backupPlanId()).nextToken(selectionPage).maxResults(1000));
                        for (BackupSelectionsListMember member : selections.backupSelectionsList()) {
                            BackupSelection selection = client.getBackupSelection(b -> b.backupPlanId(plan.backupPlanId())
                                    .selectionId(member.selectionId())).backupSelection();
                            String name = plan.backupPlanName() + " / " + selection.selectionName();
                            for (String arn : BackupSelections.resolve(selection, filters -> tagged(region, filters))) {
                                found.putIfAbsent(arn, new SelectedResource(scope, arn, name));
                            }
                        }
                        selectionToken = selections.nextToken();
                    } while (selectionToken != null && !selectionToken.isEmpty());
                }
                token = plans.nextToken();
            } while (token != null && !token.isEmpty());
            return List.copyOf(found.values());
        });
    }

    /** Every resource of the region carrying all {@code filters} (none: every tagged resource), with its tags. */
    private Map<String, Map<String, String>> tagged(String region, List<TagFilter> filters) {
        ResourceGroupsTaggingApiClient client = tagging.apply(region);
        Map<String, Map<String, String>> found = new LinkedHashMap<>();
        String token = "";
        do {
            String page = token;
            GetResourcesResponse r = client.getResources(b -> b.tagFilters(filters).paginationToken(page)
                    .resourcesPerPage(100));
            r.resourceTagMappingList().forEach(m -> {
                Map<String, String> tags = new LinkedHashMap<>();
                m.tags().forEach(t -> tags.put(t.key(), t.value()));
                found.put(m.resourceARN(), tags);
            });
            token = r.paginationToken();
        } while (token != null && !token.isEmpty());
        return found;
    }

    private static ReportedJob backup(String scope, String region, BackupJob j) {
        return new ReportedJob(JobKind.BACKUP, j.backupJobId(), scope, j.accountId(), region, j.resourceArn(),
                j.resourceType(), j.resourceName(), j.backupVaultName(), j.recoveryPointArn(), j.stateAsString(),
                j.statusMessage(), j.creationDate(), j.completionDate(), j.backupSizeInBytes(), null, null, null, null,
                null);
    }

    private static ReportedJob copy(String scope, String region, CopyJob j) {
        return new ReportedJob(JobKind.COPY, j.copyJobId(), scope, j.accountId(), region, j.resourceArn(),
                j.resourceType(), j.resourceName(), vaultName(j.sourceBackupVaultArn()) + " → "
                        + vaultName(j.destinationBackupVaultArn()), j.sourceRecoveryPointArn(), j.stateAsString(),
                j.statusMessage(), j.creationDate(), j.completionDate(), j.backupSizeInBytes(), null, null, null, null,
                null);
    }

    private static ReportedJob restore(String scope, String region, RestoreJobsListMember j) {
        return new ReportedJob(JobKind.RESTORE, j.restoreJobId(), scope, j.accountId(), region, j.sourceResourceArn(),
                j.resourceType(), null, vaultName(j.backupVaultArn()), j.recoveryPointArn(), j.statusAsString(),
                j.statusMessage(), j.creationDate(), j.completionDate(), j.backupSizeInBytes(), j.createdResourceArn(),
                j.recoveryPointCreationDate(), j.createdBy() == null ? null : j.createdBy().restoreTestingPlanArn(),
                j.validationStatusAsString(), j.validationStatusMessage());
    }

    /** {@code arn:aws:backup:ap-northeast-1:123456789012:backup-vault:Name} → {@code Name}. */
    static String vaultName(String arn) {
        if (arn == null) {
            return null;
        }
        int colon = arn.lastIndexOf(':');
        return colon < 0 ? arn : arn.substring(colon + 1);
    }

    private static <T> T calling(Supplier<T> call) {
        try {
            return call.get();
        } catch (AwsServiceException e) {
            String code = e.awsErrorDetails() == null ? "HTTP " + e.statusCode() : e.awsErrorDetails().errorCode();
            String message = e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage();
            throw new SourceUnavailableException(code + ": " + message, e);
        } catch (SdkException e) {
            throw new SourceUnavailableException(e.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
