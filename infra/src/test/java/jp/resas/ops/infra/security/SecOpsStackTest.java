package jp.resas.ops.infra.security;

import static jp.resas.ops.infra.testutils.SynthesizedApp.allStacks;
import static jp.resas.ops.infra.testutils.SynthesizedApp.logicalId;
import static jp.resas.ops.infra.testutils.SynthesizedApp.template;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class SecOpsStackTest {

    private final SecOpsStack stack = allStacks().filter(SecOpsStack.class::isInstance).map(SecOpsStack.class::cast)
            .findFirst().orElseThrow();
    private final Template secOps = template(stack);

    @Test
    void vulnerabilityCollector_runsDailyAt6InJapanTime_invokingItsAlias() {
        secOps.hasResourceProperties("AWS::Scheduler::Schedule", Match.objectLike(Map.of(
                "ScheduleExpression", "cron(0 6 * * ? *)",
                "ScheduleExpressionTimezone", "Asia/Tokyo",
                "Target", Match.objectLike(Map.of("Arn", Map.of("Ref", logicalId(stack.vulnerabilityCollector().alias())))))));
        secOps.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Handler", "jp.resas.ops.functions.security.VulnerabilityCollectorHandler::handleRequest",
                "Environment", Map.of("Variables", Match.objectLike(Map.of("RESAS_SECURITY_REGIONS", "ap-northeast-1"))))));
    }

    @Test
    void vulnerabilityCollector_mayOnlyListFindings_andAssumeTheReadRoles() {
        String role = logicalId(stack.vulnerabilityCollector().function().getRole());
        List<String> actions = secOps.findResources("AWS::IAM::Policy").values().stream()
                .filter(policy -> policy.toString().contains(role))
                .flatMap(policy -> actionsOf(policy).stream()).distinct().sorted().toList();
        assertThat(actions).filteredOn(a -> !a.startsWith("xray:") && !a.startsWith("secretsmanager:")
                        && !a.startsWith("rds-db:") && !a.startsWith("ec2:"))
                .containsExactly("inspector2:ListFindings", "securityhub:GetFindings", "sts:AssumeRole");
        secOps.hasResourceProperties("AWS::IAM::Policy", Map.of("PolicyDocument", Match.objectLike(Map.of(
                "Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Action", "sts:AssumeRole", "Resource", List.of("arn:aws:iam::210987654321:role/ResasOpsRead",
                                "arn:aws:iam::310987654321:role/ResasOpsRead")))))))));
    }

    @Test
    void backupCollector_mayOnlyListJobsProtectedResourcesAndPlanSelections_andAssumeTheReadRoles() {
        String role = logicalId(stack.backupCollector().function().getRole());
        List<String> actions = secOps.findResources("AWS::IAM::Policy").values().stream()
                .filter(policy -> policy.toString().contains(role))
                .flatMap(policy -> actionsOf(policy).stream()).distinct().sorted().toList();
        assertThat(actions).filteredOn(a -> !a.startsWith("xray:") && !a.startsWith("secretsmanager:")
                        && !a.startsWith("rds-db:") && !a.startsWith("ec2:"))
                .containsExactly("backup:GetBackupSelection", "backup:ListBackupJobs", "backup:ListBackupPlans",
                        "backup:ListBackupSelections", "backup:ListCopyJobs", "backup:ListProtectedResources",
                        "backup:ListRestoreJobs", "sts:AssumeRole", "tag:GetResources");
        Template watched = template(allStacks().filter(s -> s.getStackName().equals("ResasOps-Watched-resas-prod-ap-northeast-1"))
                .findFirst().orElseThrow());
        watched.hasResourceProperties("AWS::IAM::Role", Map.of("Policies", Match.arrayWith(List.of(Match.objectLike(Map.of(
                "PolicyName", "Read", "PolicyDocument", Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(
                        Match.objectLike(Map.of("Action", Match.arrayWith(List.of("backup:ListBackupJobs",
                                "backup:ListBackupPlans", "backup:ListProtectedResources")), "Resource", "*"))))))))))));
        watched.hasResourceProperties("AWS::IAM::Role", Map.of("Policies", Match.arrayWith(List.of(Match.objectLike(Map.of(
                "PolicyName", "Read", "PolicyDocument", Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(
                        Match.objectLike(Map.of("Action", List.of("backup:GetBackupSelection",
                                "backup:ListBackupSelections"), "Resource",
                                "arn:aws:backup:*:210987654321:backup-plan:*"))))))))))));
    }

    @Test
    void theMonitoredAccountsReadRole_letsTheCollectorListFindings() {
        Template watched = template(allStacks().filter(s -> s.getStackName().equals("ResasOps-Watched-resas-prod-ap-northeast-1"))
                .findFirst().orElseThrow());
        watched.hasResourceProperties("AWS::IAM::Role", Map.of("Policies", Match.arrayWith(List.of(Match.objectLike(Map.of(
                "PolicyName", "Read", "PolicyDocument", Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(
                        Match.objectLike(Map.of("Action", Match.arrayWith(List.of("inspector2:ListFindings",
                                "securityhub:GetFindings")), "Resource", "*"))))))))))));
    }

    @Test
    void everyVault_isLockedInComplianceMode() {
        for (Template template : List.of(secOps, template(jp.resas.ops.infra.testutils.SynthesizedApp.stacks().data()))) {
            template.hasResourceProperties("AWS::Backup::BackupVault", Map.of("LockConfiguration", Map.of(
                    "MinRetentionDays", 7, "MaxRetentionDays", 400, "ChangeableForDays", 3)));
            assertThat(template.findResources("AWS::Backup::BackupVault").values())
                    .allSatisfy(vault -> assertThat(vault.toString()).contains("ChangeableForDays"));
        }
    }

    @Test
    void theRecordsAttachmentsAndReportsBuckets_areBackedUp() {
        var stacks = jp.resas.ops.infra.testutils.SynthesizedApp.stacks();
        String selection = secOps.findResources("AWS::Backup::BackupSelection").values().iterator().next().toString();
        assertThat(selection).contains(logicalId(stacks.pipeline().rawBucket()))
                .contains(logicalId(stacks.api().attachmentBucket()));
    }

    @Test
    void aMonthlyRestoreTest_restoresTheLatestPointOfTheDatabaseAndTheBuckets() {
        secOps.hasResourceProperties("AWS::Backup::RestoreTestingPlan", Match.objectLike(Map.of(
                "ScheduleExpression", "cron(0 3 1 * ? *)", "ScheduleExpressionTimezone", "Asia/Tokyo",
                "RecoveryPointSelection", Match.objectLike(Map.of("Algorithm", "LATEST_WITHIN_WINDOW",
                        "RecoveryPointTypes", List.of("SNAPSHOT"))))));
        secOps.hasResourceProperties("AWS::Backup::RestoreTestingSelection", Match.objectLike(Map.of(
                "ProtectedResourceType", "Aurora", "RestoreTestingPlanName", ResourceBackups.RESTORE_TESTING_PLAN,
                "ValidationWindowHours", 24)));
        secOps.hasResourceProperties("AWS::Backup::RestoreTestingSelection", Match.objectLike(Map.of(
                "ProtectedResourceType", "S3", "RestoreTestingPlanName", ResourceBackups.RESTORE_TESTING_PLAN)));
        String plan = secOps.findResources("AWS::Backup::RestoreTestingPlan").values().iterator().next().toString();
        assertThat(plan).contains(logicalId(stacks().data().backup().vault()));
    }

    private static jp.resas.ops.infra.ResasOpsApp.Stacks stacks() {
        return jp.resas.ops.infra.testutils.SynthesizedApp.stacks();
    }

    @SuppressWarnings("unchecked")
    private static List<String> actionsOf(Map<String, Object> policy) {
        Map<String, Object> properties = (Map<String, Object>) policy.get("Properties");
        Map<String, Object> document = (Map<String, Object>) properties.get("PolicyDocument");
        return ((List<Map<String, Object>>) document.get("Statement")).stream().flatMap(statement -> {
            Object action = statement.get("Action");
            return action instanceof List<?> list ? list.stream().map(String::valueOf) : java.util.stream.Stream.of(String.valueOf(action));
        }).toList();
    }
}
