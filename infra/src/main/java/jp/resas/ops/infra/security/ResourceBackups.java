package jp.resas.ops.infra.security;

import java.util.List;
import jp.resas.ops.infra.nag.Suppress;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.backup.BackupPlan;
import software.amazon.awscdk.services.backup.BackupPlanRule;
import software.amazon.awscdk.services.backup.BackupResource;
import software.amazon.awscdk.services.backup.BackupSelection;
import software.amazon.awscdk.services.backup.BackupSelectionOptions;
import software.amazon.awscdk.services.backup.BackupVault;
import software.amazon.awscdk.services.backup.CfnRestoreTestingPlan;
import software.amazon.awscdk.services.backup.CfnRestoreTestingSelection;
import software.amazon.awscdk.services.iam.ManagedPolicy;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.iam.ServicePrincipal;
import software.amazon.awscdk.services.s3.IBucket;
import software.constructs.Construct;

/**
 * AWS Backup for the buckets that hold records (the pipeline's raw data) and attachments and reports, in
 * a vault locked in compliance mode, and the monthly restore test of both vaults (this one and the
 * database's): AWS Backup restores the latest recovery point of the Aurora cluster and of each bucket on
 * the 1st at 03:00 JST, keeps it 24 hours for validation, then deletes it. {@code backup-collector}
 * records those jobs as restore drills.
 */
public final class ResourceBackups extends Construct {

    static final String RESTORE_TESTING_PLAN = "resas_ops_monthly_restore_test";

    private final BackupVault vault;
    private final CfnRestoreTestingPlan restoreTesting;

    ResourceBackups(Construct scope, String id, List<IBucket> buckets, String clusterArn, String databaseVaultArn) {
        super(scope, id);
        this.vault = BackupVault.Builder.create(this, "Vault")
                .lockConfiguration(jp.resas.ops.infra.data.DatabaseBackupPlan.compliance())
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        BackupPlan plan = BackupPlan.Builder.create(this, "Plan")
                .backupVault(vault)
                .backupPlanRules(List.of(BackupPlanRule.daily(), BackupPlanRule.monthly1Year()))
                .build();
        BackupSelection selection = plan.addSelection("Buckets", BackupSelectionOptions.builder()
                .resources(buckets.stream().map(b -> BackupResource.fromArn(b.getBucketArn())).toList())
                .allowRestores(true)
                .build());
        Suppress.findings(selection, "AwsSolutions-IAM4",
                "AWSBackupServiceRolePolicyForBackup, ...ForRestores and the S3 backup/restore policies are the "
                        + "policies AWS Backup documents for its service role; AWS maintains them.",
                List.of("Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup",
                        "Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForRestores",
                        "Policy::arn:<AWS::Partition>:iam::aws:policy/AWSBackupServiceRolePolicyForS3Backup",
                        "Policy::arn:<AWS::Partition>:iam::aws:policy/AWSBackupServiceRolePolicyForS3Restore"));

        this.restoreTesting = CfnRestoreTestingPlan.Builder.create(this, "RestoreTesting")
                .restoreTestingPlanName(RESTORE_TESTING_PLAN)
                .scheduleExpression("cron(0 3 1 * ? *)")
                .scheduleExpressionTimezone("Asia/Tokyo")
                .startWindowHours(8)
                .recoveryPointSelection(CfnRestoreTestingPlan.RestoreTestingRecoveryPointSelectionProperty.builder()
                        .algorithm("LATEST_WITHIN_WINDOW")
                        .recoveryPointTypes(List.of("SNAPSHOT"))
                        .includeVaults(List.of(databaseVaultArn, vault.getBackupVaultArn()))
                        .selectionWindowDays(31)
                        .build())
                .build();
        Role restorer = Role.Builder.create(this, "RestoreTestingRole")
                .assumedBy(new ServicePrincipal("backup.amazonaws.com"))
                .description("AWS Backup restores the monthly restore tests with this role")
                .managedPolicies(List.of(
                        ManagedPolicy.fromAwsManagedPolicyName("service-role/AWSBackupServiceRolePolicyForRestores"),
                        ManagedPolicy.fromAwsManagedPolicyName("AWSBackupServiceRolePolicyForS3Restore")))
                .build();
        Suppress.findings(restorer, "AwsSolutions-IAM4", "The restore policies AWS Backup documents for restore "
                + "testing; AWS maintains them as services gain restore support.",
                List.of("Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForRestores",
                        "Policy::arn:<AWS::Partition>:iam::aws:policy/AWSBackupServiceRolePolicyForS3Restore"));
        CfnRestoreTestingSelection aurora = CfnRestoreTestingSelection.Builder.create(this, "AuroraRestoreTest")
                .restoreTestingPlanName(RESTORE_TESTING_PLAN)
                .restoreTestingSelectionName("aurora")
                .protectedResourceType("Aurora")
                .protectedResourceArns(List.of(clusterArn))
                .iamRoleArn(restorer.getRoleArn())
                .validationWindowHours(24)
                .build();
        aurora.addDependency(restoreTesting);
        CfnRestoreTestingSelection s3 = CfnRestoreTestingSelection.Builder.create(this, "BucketsRestoreTest")
                .restoreTestingPlanName(RESTORE_TESTING_PLAN)
                .restoreTestingSelectionName("buckets")
                .protectedResourceType("S3")
                .protectedResourceArns(buckets.stream().map(IBucket::getBucketArn).toList())
                .iamRoleArn(restorer.getRoleArn())
                .validationWindowHours(24)
                .build();
        s3.addDependency(restoreTesting);
    }

    public BackupVault vault() {
        return vault;
    }

    public CfnRestoreTestingPlan restoreTesting() {
        return restoreTesting;
    }
}
