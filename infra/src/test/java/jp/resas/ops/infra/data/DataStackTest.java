package jp.resas.ops.infra.data;

import static jp.resas.ops.infra.testutils.SynthesizedApp.logicalId;
import static jp.resas.ops.infra.testutils.SynthesizedApp.stacks;
import static jp.resas.ops.infra.testutils.SynthesizedApp.template;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class DataStackTest {

    private final Template data = template(stacks().data());

    @Test
    void aurora_isServerlessV2PostgreSql16_encrypted() {
        data.hasResourceProperties("AWS::RDS::DBCluster", Map.of(
                "Engine", "aurora-postgresql",
                "EngineVersion", Match.stringLikeRegexp("^16\\..*"),
                "StorageEncrypted", true,
                "ServerlessV2ScalingConfiguration", Match.objectLike(Map.of("MaxCapacity", 8))));
        data.hasResourceProperties("AWS::RDS::DBInstance", Map.of("DBInstanceClass", "db.serverless"));
    }

    @Test
    void aurora_isProtectedFromDeletion_andKeepsTwoWeeksOfBackups() {
        data.hasResourceProperties("AWS::RDS::DBCluster", Map.of(
                "DeletionProtection", true,
                "BackupRetentionPeriod", 14));
        data.hasResource("AWS::RDS::DBCluster", Map.of("DeletionPolicy", "Snapshot"));
    }

    @Test
    void credentials_areGeneratedIntoSecretsManager() {
        data.hasResourceProperties("AWS::SecretsManager::Secret", Map.of(
                "GenerateSecretString", Match.objectLike(Map.of(
                        "GenerateStringKey", "password",
                        "SecretStringTemplate", Match.stringLikeRegexp(".*resas_admin.*")))));
    }

    @Test
    void aurora_scalesToZero_andPausesAfterTenIdleMinutes() {
        data.hasResourceProperties("AWS::RDS::DBCluster", Map.of("ServerlessV2ScalingConfiguration", Map.of(
                "MinCapacity", 0, "MaxCapacity", 8, "SecondsUntilAutoPause", 600)));
    }

    @Test
    void noRdsProxy_keepsTheClusterAwake() {
        data.resourceCountIs("AWS::RDS::DBProxy", 0);
    }

    @Test
    void cluster_acceptsOnlyTheDatabaseClientSecurityGroup() {
        DataStack stack = stacks().data();
        data.hasResourceProperties("AWS::EC2::SecurityGroupIngress", Map.of(
                "FromPort", Match.anyValue(),
                "GroupId", Match.anyValue(),
                "SourceSecurityGroupId", Map.of("Fn::GetAtt", List.of(
                        logicalId(stack.databaseAccess().clientSecurityGroup()), "GroupId"))));
        assertThat(data.findResources("AWS::EC2::SecurityGroupIngress")).hasSize(1);
    }

    @Test
    void databaseAccess_pointsFunctionsAtTheClusterEndpoint() {
        assertThat(stacks().data().databaseAccess().host())
                .isEqualTo(stacks().data().cluster().getClusterEndpoint().getHostname());
    }

    @Test
    void backupPlan_keepsDailyRecoveryPoints35Days() {
        data.hasResourceProperties("AWS::Backup::BackupPlan", Map.of("BackupPlan", Match.objectLike(Map.of(
                "BackupPlanRule", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "RuleName", "Daily",
                        "Lifecycle", Map.of("DeleteAfterDays", 35)))))))));
    }

    @Test
    void backupSelection_coversTheCluster() {
        Map<String, Object> clusterArn = Map.of("Fn::Join", List.of("",
                Match.arrayWith(List.of(Map.of("Ref", logicalId(stacks().data().cluster()))))));
        data.hasResourceProperties("AWS::Backup::BackupSelection", Map.of(
                "BackupSelection", Match.objectLike(Map.of("Resources", List.of(clusterArn)))));
    }

    @Test
    void databaseAccess_environment_namesSecretProxyAndDatabase() {
        assertThat(stacks().data().databaseAccess().environment())
                .containsOnlyKeys("RESAS_DB_SECRET_ARN", "RESAS_DB_HOST", "RESAS_DB_NAME")
                .containsEntry("RESAS_DB_NAME", "resas_ops");
    }

    @Test
    void migrations_runInOneFunction_triggeredAfterTheClusterAndItsWriter() {
        DataStack stack = stacks().data();
        String cluster = logicalId(stack.cluster());
        Map<String, Map<String, Object>> triggers = data.findResources("Custom::Trigger");
        assertThat(triggers).hasSize(1);
        data.hasResource("Custom::Trigger", Map.of("DependsOn", Match.arrayWith(List.of(cluster))));
        data.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Handler", DatabaseMigration.HANDLER,
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "RESAS_DB_OWNER_SECRET_ARN", Map.of("Ref", Match.stringLikeRegexp("^ClusterSecretAttachment.*"))))))));
    }

    @Test
    void applicationStacks_dependOnTheDataStack_soTheyDeployAfterTheMigration() {
        assertThat(List.of(stacks().api(), stacks().serviceDesk(), stacks().monitoring(), stacks().collectors(),
                stacks().pipeline())).allSatisfy(stack -> assertThat(stack.getDependencies()).contains(stacks().data()));
    }

    @Test
    void applicationFunctions_logInAsTheApplicationRole_notTheMasterUser() {
        assertThat(stacks().data().databaseAccess().secret()).isNotSameAs(stacks().data().cluster().getSecret());
        data.hasResourceProperties("AWS::SecretsManager::Secret", Map.of(
                "GenerateSecretString", Match.objectLike(Map.of(
                        "SecretStringTemplate", Match.stringLikeRegexp(".*\"resas_app\".*")))));
    }
}
