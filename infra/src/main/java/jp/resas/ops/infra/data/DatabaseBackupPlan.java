package jp.resas.ops.infra.data;

import java.util.List;
import jp.resas.ops.infra.nag.Suppress;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.backup.BackupPlan;
import software.amazon.awscdk.services.backup.BackupPlanRule;
import software.amazon.awscdk.services.backup.BackupResource;
import software.amazon.awscdk.services.backup.BackupSelection;
import software.amazon.awscdk.services.backup.BackupSelectionOptions;
import software.amazon.awscdk.services.backup.BackupVault;
import software.amazon.awscdk.services.rds.DatabaseCluster;
import software.constructs.Construct;

/**
 * AWS Backup for the cluster, on top of Aurora's own 14-day point-in-time recovery: daily
 * recovery points kept 35 days and monthly ones kept a year, in a retained vault, so a backup
 * outlives an accidental stack or cluster deletion and the restore drills have something to use.
 */
public final class DatabaseBackupPlan extends Construct {

    /** Compliance mode: after these days of grace nobody, root included, can shorten or delete the lock. */
    public static final int LOCK_CHANGEABLE_DAYS = 3;

    private final BackupVault vault;
    private final BackupPlan plan;

    DatabaseBackupPlan(Construct scope, String id, DatabaseCluster cluster) {
        super(scope, id);
        this.vault = BackupVault.Builder.create(this, "Vault")
                .lockConfiguration(compliance())
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        this.plan = BackupPlan.Builder.create(this, "Plan")
                .backupVault(vault)
                .backupPlanRules(List.of(BackupPlanRule.daily(), BackupPlanRule.monthly1Year()))
                .build();
        BackupSelection selection = plan.addSelection("Aurora", BackupSelectionOptions.builder()
                .resources(List.of(BackupResource.fromRdsDatabaseCluster(cluster)))
                .build());
        Suppress.findings(selection, "AwsSolutions-IAM4",
                "AWSBackupServiceRolePolicyForBackup is the policy AWS Backup documents for its service role; "
                        + "it is maintained by AWS as services gain backup support.",
                List.of("Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup"));
    }

    /**
     * The plan; the vault is locked in compliance mode, and the monthly restore test
     * ({@code security/ResourceBackups}) restores its latest recovery point.
     */
    public BackupPlan plan() {
        return plan;
    }

    /** The lock every vault of the app carries: at least 7 days, at most 400 (the monthly points keep a year). */
    public static software.amazon.awscdk.services.backup.LockConfiguration compliance() {
        return software.amazon.awscdk.services.backup.LockConfiguration.builder()
                .minRetention(software.amazon.awscdk.Duration.days(7))
                .maxRetention(software.amazon.awscdk.Duration.days(400))
                .changeableFor(software.amazon.awscdk.Duration.days(LOCK_CHANGEABLE_DAYS)).build();
    }

    public BackupVault vault() {
        return vault;
    }
}
