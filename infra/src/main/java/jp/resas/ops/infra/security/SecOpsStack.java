package jp.resas.ops.infra.security;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.infra.lambda.ResasFunction;
import jp.resas.ops.infra.lambda.CatalogueFunctions;
import jp.resas.ops.infra.lambda.CatalogueSchedules;
import jp.resas.ops.infra.nag.Suppress;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.constructs.Construct;

/**
 * Security operations' daily functions in Japan time: {@code vulnerability-collector} (06:00) reads
 * Inspector's and Security Hub's findings, here and (through the read roles) in the monitored accounts,
 * with those two read actions and nothing else; {@code backup-collector} (06:15) reads AWS Backup's backup, copy and
 * restore jobs the same way. AWS Backup protects the buckets of records, attachments and
 * reports, and restore-tests them and the database monthly ({@link ResourceBackups}).
 */
public final class SecOpsStack extends Stack {

    private final ResasFunction vulnerabilities;
    private final ResasFunction backupJobs;
    private final ResourceBackups backups;

    public SecOpsStack(Construct scope, String id, SecOpsStackProps props) {
        super(scope, id, props.stack());
        this.vulnerabilities = function(props, "vulnerability-collector", Map.of("RESAS_SECURITY_REGIONS", getRegion()));
        vulnerabilities.function().addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("inspector2:ListFindings")).resources(List.of("*")).build());
        vulnerabilities.function().addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("securityhub:GetFindings"))
                .resources(List.of("arn:" + getPartition() + ":securityhub:" + getRegion() + ":" + getAccount()
                        + ":hub/default")).build());
        Suppress.findings(vulnerabilities.function(), "AwsSolutions-IAM5", "inspector2:ListFindings has no "
                + "resource-level permissions (Resource must be *); securityhub:GetFindings is limited to this "
                + "account's hub. X-Ray's Resource::* likewise.", List.of("Resource::*"));
        this.backupJobs = function(props, "backup-collector", Map.of("RESAS_BACKUP_REGIONS", getRegion()));
        backupJobs.function().addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("backup:ListBackupJobs", "backup:ListCopyJobs", "backup:ListRestoreJobs",
                        "backup:ListProtectedResources", "backup:ListBackupPlans", "tag:GetResources"))
                .resources(List.of("*")).build());
        // the backup plans' selections: what each plan selects, so a selected resource never backed up is seen
        backupJobs.function().addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("backup:ListBackupSelections", "backup:GetBackupSelection"))
                .resources(List.of("arn:" + getPartition() + ":backup:*:" + getAccount() + ":backup-plan:*")).build());
        Suppress.findings(backupJobs.function(), "AwsSolutions-IAM5", "AWS Backup's ListBackupJobs, ListCopyJobs, "
                + "ListRestoreJobs, ListProtectedResources and ListBackupPlans, and the Tagging API's GetResources (tag-"
                + "based backup selections) have no resource-level permissions (Resource must be *); ListBackupSelections "
                + "and GetBackupSelection are limited to this account's backup plans (backup-plan:*, every plan read). "
                + "X-Ray's Resource::* likewise.",
                List.of("Resource::*", "/^Resource::arn:.+:backup:\\*:.+:backup-plan:\\*$/"));
        CatalogueSchedules.wire(this, Map.of("vulnerability-collector", vulnerabilities.alias(),
                "backup-collector", backupJobs.alias()), Map.of());
        this.backups = new ResourceBackups(this, "Backups", props.buckets(), props.clusterArn(), props.databaseVaultArn());
    }

    private ResasFunction function(SecOpsStackProps props, String name, Map<String, String> extraEnv) {
        Map<String, String> env = new HashMap<>(props.database().environment());
        env.putAll(extraEnv);
        ResasFunction function = CatalogueFunctions.create(this, name, props.functions(), props.vpc(),
                List.of(props.database().clientSecurityGroup()), env);
        props.database().grantTo(function.function());
        return function;
    }

    public ResourceBackups backups() {
        return backups;
    }

    /** {@code backup-collector}: AWS Backup's jobs here and in the monitored accounts (06:15 JST). */
    public ResasFunction backupCollector() {
        return backupJobs;
    }

    public ResasFunction vulnerabilityCollector() {
        return vulnerabilities;
    }
}
