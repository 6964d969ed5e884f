package jp.resas.ops.functions.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.Map;
import jp.resas.ops.backup.infrastructure.BackupSettings;
import jp.resas.ops.ledger.infrastructure.LedgerSettings;
import jp.resas.ops.slawatch.infrastructure.SlaSettings;
import jp.resas.ops.testutils.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A function started from its environment as Lambda starts it (its variables read with Micronaut's convention,
 * its lean event context, a real database): the capabilities' settings records see their {@code RESAS_…}
 * variables, and a bad one stops the function at start naming the variable.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FunctionSettingsTest {

    private static final DatabaseSecrets NO_DATABASE_SECRET = (arn, host, db) -> {
        throw new AssertionError("the database is given by URL");
    };

    private String url;

    @BeforeAll
    void database() {
        url = TestDatabase.newDatabase();
    }

    private Map<String, String> env(Map<String, String> variables) {
        Map<String, String> env = new HashMap<>(Map.of("RESAS_DB_URL", url, "RESAS_DB_PASSWORD", "postgres"));
        env.putAll(variables);
        return env;
    }

    @Test
    void theCollectorsVariables_reachTheirSettingsRecords() {
        try (ApplicationContext context = LambdaPlatform.start(env(Map.of("RESAS_BACKUP_REGIONS",
                "ap-northeast-1,us-west-2", "RESAS_BACKUP_RTO_TARGET_MINUTES", "90", "RESAS_LEDGER_AWS_CONFIG", "true")),
                NO_DATABASE_SECRET)) {
            BackupSettings backup = context.getBean(BackupSettings.class);
            assertThat(backup.ownRegions()).containsExactly("ap-northeast-1", "us-west-2");
            assertThat(backup.rtoMinutes()).isEqualTo(90);
            assertThat(context.getBean(LedgerSettings.class).readsAwsConfig()).isTrue();
            assertThat(context.getBean(LedgerSettings.class).ownRegions()).containsExactly("ap-northeast-1", "us-east-1");
        }
    }

    @Test
    void aBadRegion_stopsTheFunctionAtStart_namingItsVariable() {
        assertThatThrownBy(() -> LambdaPlatform.start(env(Map.of("RESAS_BACKUP_REGIONS", "tokyo")), NO_DATABASE_SECRET)
                .close())
                .satisfies(error -> assertThat(messages(error)).contains("RESAS_BACKUP_REGIONS", "'tokyo'"));
    }

    @Test
    void aSweepScheduleGroupWithoutItsTargetAndRole_stopsTheFunctionAtStart() {
        assertThatThrownBy(() -> LambdaPlatform.start(env(Map.of("RESAS_NOTIFICATIONS_SWEEP_SCHEDULE_GROUP",
                "resas-ops-sweep")), NO_DATABASE_SECRET).close())
                .satisfies(error -> assertThat(messages(error)).contains("RESAS_NOTIFICATIONS_SWEEP_SCHEDULE_GROUP",
                        "RESAS_NOTIFICATIONS_SWEEP_TARGET_ARN"));
    }

    @Test
    void theSlaTopicAndTheMetricsNamespace_reachTheirRecords_andABadOneStopsTheFunction() {
        try (ApplicationContext context = LambdaPlatform.start(env(Map.of("RESAS_SLA_ALERT_TOPIC_ARN",
                "arn:aws:sns:ap-northeast-1:123456789012:sla", "POWERTOOLS_METRICS_NAMESPACE", "ResasOps/Test")),
                NO_DATABASE_SECRET)) {
            assertThat(context.getBean(SlaSettings.class).topic()).contains("arn:aws:sns:ap-northeast-1:123456789012:sla");
            assertThat(context.getBean(MetricsNamespaceSettings.class).configured()).contains("ResasOps/Test");
        }
        assertThatThrownBy(() -> LambdaPlatform.start(env(Map.of("RESAS_SLA_ALERT_TOPIC_ARN", "resas-ops-sla")),
                NO_DATABASE_SECRET).close())
                .satisfies(error -> assertThat(messages(error)).contains("RESAS_SLA_ALERT_TOPIC_ARN", "ARN"));
        assertThatThrownBy(() -> LambdaPlatform.start(env(Map.of("POWERTOOLS_METRICS_NAMESPACE", "AWS/Lambda")),
                NO_DATABASE_SECRET).close())
                .satisfies(error -> assertThat(messages(error)).contains("POWERTOOLS_METRICS_NAMESPACE",
                        "not a CloudWatch namespace"));
    }

    private static String messages(Throwable error) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
