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
                "ServerlessV2ScalingConfiguration", Map.of("MinCapacity", 0.5, "MaxCapacity", 8)));
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
    void proxy_requiresTls_andUsesTheClusterSecret() {
        data.hasResourceProperties("AWS::RDS::DBProxy", Map.of(
                "EngineFamily", "POSTGRESQL",
                "RequireTLS", true,
                "Auth", List.of(Match.objectLike(Map.of("AuthScheme", "SECRETS", "IAMAuth", "DISABLED")))));
    }

    @Test
    void proxy_acceptsOnlyTheDatabaseClientSecurityGroup() {
        DataStack stack = stacks().data();
        data.hasResourceProperties("AWS::EC2::SecurityGroupIngress", Map.of(
                "FromPort", 5432,
                "ToPort", 5432,
                "SourceSecurityGroupId", Map.of("Fn::GetAtt", List.of(
                        logicalId(stack.databaseAccess().clientSecurityGroup()), "GroupId"))));
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
}
