package jp.resas.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import jp.resas.ops.access.infrastructure.AccessSettings;
import jp.resas.ops.attachment.AttachmentQuota;
import jp.resas.ops.attachment.UploadPolicy;
import jp.resas.ops.attachment.infrastructure.AttachmentSettings;
import jp.resas.ops.backup.infrastructure.BackupSettings;
import jp.resas.ops.cost.infrastructure.CostSettings;
import jp.resas.ops.ledger.infrastructure.LedgerSettings;
import jp.resas.ops.notification.DeliveryBackoff;
import jp.resas.ops.notification.EscalationPolicy;
import jp.resas.ops.monitored.infrastructure.MonitoredSystemSettings;
import jp.resas.ops.notification.infrastructure.NotificationSettings;
import jp.resas.ops.platform.security.LocalJwtIssuer;
import jp.resas.ops.platform.security.LocalSigningSettings;
import jp.resas.ops.platform.security.SecuritySettings;
import jp.resas.ops.platform.web.DatabaseResumeSettings;
import jp.resas.ops.portal.web.PortalSettings;
import jp.resas.ops.slawatch.infrastructure.SlaSettings;
import jp.resas.ops.testutils.TestPlatform;
import jp.resas.ops.vulnerability.infrastructure.VulnerabilitySettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The capabilities' settings records ({@code @ConfigurationProperties}) on the platform's real context: each bad
 * value stops the context at start with an error naming the property and its environment variable (nothing
 * asks for the bean first: the records are created with the context), and good values and the defaults reach
 * the beans built from them. One database for every context of the class (the schema is migrated once).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SettingsAtStartTest {

    private Map<String, Object> platform;

    @BeforeAll
    void database() {
        platform = new HashMap<>(TestPlatform.properties());
    }

    static Stream<Arguments> badSettings() {
        return Stream.of(
                Arguments.of("resas.notifications.escalate-after.sev1", "15 minutes", "ISO-8601"),
                Arguments.of("resas.notifications.escalate-after.sev2", "PT0S", "longer than zero"),
                Arguments.of("resas.notifications.retry.first", "soon", "ISO-8601"),
                Arguments.of("resas.notifications.chat.webhook-url", "hooks.example.com/x", "http(s) URL"),
                Arguments.of("resas.notifications.chat.attempts", "0", "at least 1"),
                Arguments.of("resas.notifications.sns.topic-arn", "resas-ops-notifications", "ARN"),
                Arguments.of("resas.notifications.sweep.schedule-group", "resas-ops-sweep", "target-arn"),
                Arguments.of("resas.attachments.max-bytes", "-1", "at least 1"),
                Arguments.of("resas.attachments.retention-days", "0", "at least 1"),
                Arguments.of("resas.attachments.quota.per-ticket-files", "0", "at least 1"),
                Arguments.of("resas.ledger.regions", "ap-northeast-1,tokyo", "'tokyo' is not an AWS region"),
                Arguments.of("resas.ledger.cognito-user-pools", "my-pool", "Cognito user pool id"),
                Arguments.of("resas.costs.tag-key", "k".repeat(129), "128 characters"),
                Arguments.of("resas.access.distribution-id", "E2QWRUHAPOMQZL", "resas.access.bucket"),
                Arguments.of("resas.access.bucket", "Not_A_Bucket", "not an S3 bucket name"),
                Arguments.of("resas.security.regions", "us_east_1", "not an AWS region"),
                Arguments.of("resas.backup.regions", "ap-northeast", "not an AWS region"),
                Arguments.of("resas.backup.rto-target-minutes", "0", "at least 1"),
                Arguments.of("resas.portal.base-url", "ops.example.jp", "http(s) URL"),
                Arguments.of("resas.security.token-cache.max-entries", "-1", "0 or more"),
                Arguments.of("resas.security.token-cache.max-age", "a minute", "ISO-8601"),
                Arguments.of("resas.security.token-cache.max-age", "0s", "longer than zero"),
                Arguments.of("resas.portal.origins", "https://ops.example.jp,ops2.example.jp", "http(s) URL"),
                Arguments.of("resas.portal.cognito.client-id", "abc123", "resas.portal.cognito.domain"),
                Arguments.of("resas.portal.cognito.callback-url", "/portal/callback", "http(s) URL"),
                Arguments.of("resas.portal.cognito.refresh-token-validity", "12 hours", "ISO-8601"),
                Arguments.of("resas.database.resume-retry-after-seconds", "0", "at least 1"),
                Arguments.of("resas.monitored-system", "/nonexistent/monitored-system.json", "no readable file"),
                Arguments.of("resas.sla.alert-topic-arn", "resas-ops-sla", "ARN"),
                Arguments.of(LocalSigningSettings.SECRET, "short", "at least 32 bytes"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @MethodSource("badSettings")
    void aBadValue_stopsTheContextAtStart_namingThePropertyAndItsVariable(String property, String value,
            String problem) {
        Map<String, Object> properties = new HashMap<>(platform);
        properties.put(property, value);
        String variable = property.toUpperCase().replace('.', '_').replace('-', '_');

        assertThatThrownBy(() -> ApplicationContext.run(properties).close())
                .satisfies(error -> assertThat(messages(error))
                        .contains(property + " (" + variable + "): ")
                        .contains(problem));
    }

    @Test
    void goodValues_andTheDefaults_reachTheBeans() {
        Map<String, Object> properties = new HashMap<>(platform);
        properties.put("resas.notifications.escalate-after.sev1", "PT5M");
        properties.put("resas.notifications.retry.longest", "PT2H");
        properties.put("resas.attachments.max-bytes", "2048");
        properties.put("resas.attachments.quota.per-user-bytes", "4096");
        properties.put("resas.ledger.regions", " ap-northeast-1 , eu-west-1,ap-northeast-1");
        properties.put("resas.ledger.aws-config", "true");
        properties.put("resas.ledger.cognito-user-pools", "ap-northeast-1_AbCdEf123");
        properties.put("resas.costs.tag-key", "resas:cost-center");
        properties.put("resas.access.bucket", "resas-ops-access-logs");
        properties.put("resas.access.distribution-id", "E2QWRUHAPOMQZL");
        properties.put("resas.backup.rto-target-minutes", "120");
        properties.put("resas.security.token-cache.max-age", "PT2M");
        properties.put("resas.portal.origins", "https://Ops.Example.jp:8443, https://ops.example.jp:8443");
        properties.put("resas.sla.alert-topic-arn", "arn:aws:sns:ap-northeast-1:123456789012:sla");
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            assertThat(context.getBean(EscalationPolicy.class).afterBySeverity())
                    .containsEntry(1, Duration.ofMinutes(5)).containsEntry(2, Duration.ofMinutes(30));
            assertThat(context.getBean(DeliveryBackoff.class))
                    .isEqualTo(new DeliveryBackoff(Duration.ofMinutes(1), Duration.ofHours(2)));
            assertThat(context.getBean(UploadPolicy.class).maxBytes()).isEqualTo(2048);
            assertThat(context.getBean(AttachmentQuota.class)).isEqualTo(new AttachmentQuota(
                    AttachmentQuota.DEFAULT_PER_TICKET_BYTES, AttachmentQuota.DEFAULT_PER_TICKET_FILES, 4096));
            assertThat(context.getBean(AttachmentSettings.class).keptDays()).isEqualTo(400);
            LedgerSettings ledger = context.getBean(LedgerSettings.class);
            assertThat(ledger.ownRegions()).containsExactly("ap-northeast-1", "eu-west-1");
            assertThat(ledger.readsAwsConfig()).isTrue();
            assertThat(ledger.userPools()).containsExactly("ap-northeast-1_AbCdEf123");
            assertThat(context.getBean(CostSettings.class).tag()).contains("resas:cost-center");
            assertThat(context.getBean(AccessSettings.class).ownDistribution()).contains("E2QWRUHAPOMQZL");
            assertThat(context.getBean(VulnerabilitySettings.class).ownRegions()).containsExactly("ap-northeast-1");
            BackupSettings backup = context.getBean(BackupSettings.class);
            assertThat(backup.ownRegions()).containsExactly("ap-northeast-1");
            assertThat(backup.rtoMinutes()).isEqualTo(120);
            NotificationSettings notifications = context.getBean(NotificationSettings.class);
            assertThat(notifications.sns().topic()).isEmpty();
            assertThat(notifications.chat().tries()).isEqualTo(3);
            assertThat(notifications.sweep().function()).isNull();
            SecuritySettings security = context.getBean(SecuritySettings.class);
            assertThat(security.tokenCache().age()).isEqualTo(Duration.ofMinutes(2));
            assertThat(security.tokenCache().entries()).isEqualTo(SecuritySettings.TokenCache.DEFAULT_MAX_ENTRIES);
            assertThat(security.expectedIssuer()).contains(LocalJwtIssuer.ISSUER);
            assertThat(context.getBean(SlaSettings.class).topic())
                    .contains("arn:aws:sns:ap-northeast-1:123456789012:sla");
            assertThat(context.getBean(MonitoredSystemSettings.class).monitoredSystem()).isNull();
            assertThat(context.getBean(DatabaseResumeSettings.class).resumeRetryAfterSeconds()).isNull();
            assertThat(context.getBean(PortalSettings.class).origins()).containsExactly("ops.example.jp:8443");
            assertThat(context.getBean(PortalSettings.class).cognito().refreshValidity()).isEqualTo(Duration.ofHours(12));
            assertThat(context.getBean(LocalSigningSettings.class).value()).contains(TestPlatform.SECRET);
        }
    }

    /** The error and its causes' messages: Micronaut wraps the record's own error in its bean-creation ones. */
    private static String messages(Throwable error) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
