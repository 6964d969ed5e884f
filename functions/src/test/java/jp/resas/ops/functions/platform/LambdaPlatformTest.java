package jp.resas.ops.functions.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a function's environment becomes the platform's settings (pool, timeouts; no secret read at start). */
class LambdaPlatformTest {

    private static final String ESTAT_ARN = "arn:aws:secretsmanager:ap-northeast-1:123456789012:secret:EstatAppId-AbCdEf";
    private static final DatabaseSecrets NO_DATABASE_SECRET = (arn, host, db) -> {
        throw new AssertionError("the database is given by URL");
    };

    private static Map<String, Object> properties(Map<String, String> extra) {
        Map<String, String> env = new java.util.HashMap<>(Map.of("RESAS_DB_URL", "jdbc:postgresql://localhost/resas"));
        env.putAll(extra);
        return LambdaPlatform.properties(env, NO_DATABASE_SECRET);
    }

    @Test
    void anEstatSecretArn_isNotReadAtStart_andSetsNoAppIdProperty() {
        Map<String, Object> properties = properties(Map.of("RESAS_ESTAT_SECRET_ARN", ESTAT_ARN));

        assertThat(properties).doesNotContainKey("resas.pipeline.estat-app-id");
    }

    @Test
    void theNotificationSweepsTriggerAndWakeUps_comeFromTheEnvironmentTheCdkAppSets() {
        Map<String, Object> properties = properties(Map.of(
                "RESAS_NOTIFICATIONS_SWEEP_FUNCTION", "resas-ops-incident-notify:live",
                "RESAS_NOTIFICATIONS_SWEEP_SCHEDULE_GROUP", "resas-ops-sweep",
                "RESAS_NOTIFICATIONS_SWEEP_TARGET_ARN", "arn:aws:lambda:ap-northeast-1:123456789012:function:x:live",
                "RESAS_NOTIFICATIONS_SWEEP_ROLE_ARN", "arn:aws:iam::123456789012:role/sweep"));

        assertThat(properties).containsEntry("resas.notifications.sweep.function", "resas-ops-incident-notify:live")
                .containsEntry("resas.notifications.sweep.schedule-group", "resas-ops-sweep")
                .containsEntry("resas.notifications.sweep.target-arn",
                        "arn:aws:lambda:ap-northeast-1:123456789012:function:x:live")
                .containsEntry("resas.notifications.sweep.role-arn", "arn:aws:iam::123456789012:role/sweep");
        assertThat(properties(Map.of())).doesNotContainKeys("resas.notifications.sweep.function",
                "resas.notifications.sweep.schedule-group");
    }

    @Test
    void theSlaAlertTopic_andLambdasFunctionName_becomeProperties() {
        Map<String, Object> properties = properties(Map.of("RESAS_SLA_ALERT_TOPIC_ARN", "arn:aws:sns:ap-northeast-1:1:sla",
                "AWS_LAMBDA_FUNCTION_NAME", "ticket-sla"));

        assertThat(properties).containsEntry("resas.sla.alert-topic-arn", "arn:aws:sns:ap-northeast-1:1:sla")
                .containsEntry(LambdaPlatform.FUNCTION_NAME_PROPERTY, "ticket-sla");
        assertThat(properties(Map.of())).doesNotContainKeys("resas.sla.alert-topic-arn", LambdaPlatform.FUNCTION_NAME_PROPERTY);
    }

    @Test
    void poolSize_comesFromTheEnvironment_andKeepsNoIdleConnection() {
        Map<String, Object> properties = properties(Map.of("RESAS_DB_POOL_SIZE", "3"));

        assertThat(properties).containsEntry("datasources.default.maximum-pool-size", 3)
                .containsEntry("datasources.default.minimum-idle", 0);
    }

    @Test
    void apiSettings_forAPausingDatabase_setTheConnectionTimeoutAndRetryAfter() {
        Map<String, Object> properties = properties(Map.of("RESAS_DB_CONNECTION_TIMEOUT_MS", "8000",
                "RESAS_DB_RESUME_RETRY_AFTER_SECONDS", "15"));

        assertThat(properties).containsEntry("datasources.default.connection-timeout", 8000)
                .containsEntry("resas.database.resume-retry-after-seconds", 15);
    }

    @Test
    void withoutThem_noRetryAfterIsSet_andHikarisDefaultTimeoutApplies() {
        assertThat(properties(Map.of()))
                .doesNotContainKeys("resas.database.resume-retry-after-seconds", "datasources.default.connection-timeout");
    }

    @Test
    void aPoolSizeThatIsNotAPositiveNumber_isRefused_namingTheVariable() {
        assertThatThrownBy(() -> properties(Map.of("RESAS_DB_POOL_SIZE", "0")))
                .hasMessageContaining("RESAS_DB_POOL_SIZE").hasMessageContaining("'0'");
        assertThatThrownBy(() -> properties(Map.of("RESAS_DB_POOL_SIZE", "two")))
                .hasMessageContaining("RESAS_DB_POOL_SIZE").hasMessageContaining("'two'");
    }

    @Test
    void withCredentialsFromASecret_theFunctionNeverMigrates() {
        Map<String, Object> properties = LambdaPlatform.properties(Map.of("RESAS_DB_SECRET_ARN", "arn:aws:secretsmanager:"
                + "ap-northeast-1:123456789012:secret:app", "RESAS_DB_HOST", "resas-ops.cluster.example"),
                (arn, host, db) -> new DatabaseSettings("jdbc:postgresql://" + host.orElseThrow() + "/resas_ops",
                        "resas_app", "pw"));

        assertThat(properties).containsEntry("flyway.datasources.default.enabled", false)
                .containsEntry("datasources.default.username", "resas_app");
    }

    @Test
    void withAUrl_thePlatformMigratesItsOwnDatabase() {
        assertThat(properties(Map.of())).doesNotContainKey("flyway.datasources.default.enabled");
    }
}
