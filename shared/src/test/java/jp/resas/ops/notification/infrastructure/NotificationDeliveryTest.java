package jp.resas.ops.notification.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.notification.infrastructure.NotificationService.SweepResult;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.FakeAws;
import jp.resas.ops.testutils.MutableClock;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Pages leave through both configured channels, SNS (the real SDK client against a local endpoint
 * answering the query/XML wire format) and the chat webhook (a local Slack-compatible endpoint), from
 * the outbox, on a virtual clock. A channel that fails keeps its page: the failure is recorded, the
 * page is tried again after the backoff, delivered once when the endpoint is back, and the other
 * channel is not sent twice.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationDeliveryTest implements TestPropertyProvider {

    private static final Instant SATURDAY_NIGHT = Instant.parse("2026-11-28T12:00:00Z");
    private static final Map<String, String> SDK_SETTINGS = Map.of("aws.region", "ap-northeast-1",
            "aws.accessKeyId", "test", "aws.secretAccessKey", "test");

    private final MutableClock clock = new MutableClock(SATURDAY_NIGHT);
    private FakeAws sns;
    private ChatWebhookServer chat;

    @Inject
    NotificationService notifications;
    @Inject
    Sql sql;

    @Override
    public Map<String, String> getProperties() {
        sns = new FakeAws().answer("Publish", 200, "text/xml", PagerAdaptersTest.PUBLISHED.getBytes(StandardCharsets.UTF_8));
        chat = new ChatWebhookServer();
        SDK_SETTINGS.forEach(System::setProperty);
        System.setProperty("aws.endpointUrl", sns.endpoint().toString());
        Map<String, String> properties = new HashMap<>(TestPlatform.properties());
        properties.put("resas.notifications.sns.topic-arn", "arn:aws:sns:ap-northeast-1:123456789012:resas-ops-notifications");
        properties.put("resas.notifications.chat.webhook-url", chat.url().toString());
        properties.put("resas.notifications.chat.attempts", "2");
        properties.put("resas.notifications.chat.backoff", "PT0.005S");
        properties.put("resas.notifications.retry.first", "PT1M");
        properties.put("resas.notifications.retry.longest", "PT10M");
        properties.put("resas.portal.base-url", "https://ops.example.jp");
        return properties;
    }

    @AfterAll
    void stop() {
        sns.close();
        chat.close();
        SDK_SETTINGS.keySet().forEach(System::clearProperty);
        System.clearProperty("aws.endpointUrl");
    }

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @BeforeEach
    void nothingOpenNothingWaiting() {
        clock.set(SATURDAY_NIGHT);
        chat.down(false);
        sql.update("UPDATE incident SET status = 'CLOSED', closed_at = now() WHERE status <> 'CLOSED'");
        sql.update("UPDATE notification_outbox SET delivered_at = now() WHERE delivered_at IS NULL");
    }

    private long incident(String alarmName) {
        return sql.queryOne("INSERT INTO incident (title, severity, status, source, alarm_arn, alarm_name, opened_at) "
                + "VALUES (?, 1, 'DETECTED', 'ALARM', ?, ?, ?) RETURNING id", row -> row.getLong(1),
                "CloudWatch アラーム: " + alarmName, "arn:aws:cloudwatch:ap-northeast-1:210987654321:alarm:" + alarmName
                        + System.nanoTime(), alarmName, clock.instant()).orElseThrow();
    }

    private List<String> publishedMessages(long id) {
        return sns.requests("Publish").stream().map(r -> r.form().get("Message"))
                .filter(m -> m.contains("/portal/incidents/" + id)).toList();
    }

    private List<String> chatPosts(long id) {
        return chat.received().stream().map(ChatWebhookServer.Received::body)
                .filter(b -> b.contains("/portal/incidents/" + id)).toList();
    }

    private record Row(String channel, int attempts, String lastError, boolean delivered) {
    }

    private List<Row> outbox(long id) {
        return sql.query("SELECT channel, attempts, last_error, delivered_at IS NOT NULL AS delivered FROM "
                + "notification_outbox WHERE link = ? ORDER BY channel", row -> new Row(row.getString(1), row.getInt(2),
                row.getString(3), row.getBoolean(4)), "https://ops.example.jp/portal/incidents/" + id);
    }

    @Test
    void aPage_goesToSnsAndChat_once_eachChannelItsOwnDelivery() {
        long id = incident("RESAS-Api-5xx");

        SweepResult result = notifications.sweep();

        assertThat(result.paged()).isEqualTo(1);
        assertThat(result.delivered()).isEqualTo(2);
        assertThat(result.undelivered()).isZero();
        assertThat(outbox(id)).extracting(Row::channel).containsExactly("chat", "sns");
        assertThat(publishedMessages(id)).singleElement().asString().contains("重大度 1 の障害が発生しました。");
        assertThat(chatPosts(id)).singleElement().asString().contains("SEV1 incident #" + id);

        notifications.sweep();
        assertThat(publishedMessages(id)).hasSize(1);
        assertThat(chatPosts(id)).hasSize(1);
    }

    @Test
    void aFailingChatEndpoint_isRecorded_retriedAfterTheBackoff_andThePageIsNeverLost() {
        long id = incident("RESAS-Web-Down");
        chat.down(true);

        SweepResult first = notifications.sweep();

        assertThat(first.failed()).isEqualTo(1);
        assertThat(first.undelivered()).isEqualTo(1);
        assertThat(outbox(id)).containsExactly(new Row("chat", 1, "chat webhook answered 503: service_unavailable "
                + "(after 2 attempts)", false), new Row("sns", 1, null, true));
        assertThat(chatPosts(id)).hasSize(2);

        clock.set(SATURDAY_NIGHT.plusSeconds(30));
        assertThat(notifications.sweep().failed()).as("not due before its backoff").isZero();
        assertThat(chatPosts(id)).hasSize(2);

        clock.set(SATURDAY_NIGHT.plus(Duration.ofMinutes(1)));
        assertThat(notifications.sweep().failed()).as("second attempt, still down").isEqualTo(1);
        assertThat(outbox(id).get(0).attempts()).isEqualTo(2);

        chat.down(false);
        clock.set(SATURDAY_NIGHT.plus(Duration.ofMinutes(2)));
        assertThat(notifications.sweep().delivered()).as("the backoff doubled: not yet").isZero();
        clock.set(SATURDAY_NIGHT.plus(Duration.ofMinutes(3)));
        SweepResult recovered = notifications.sweep();

        assertThat(recovered.delivered()).isEqualTo(1);
        assertThat(recovered.undelivered()).isZero();
        assertThat(outbox(id)).extracting(Row::delivered).containsExactly(true, true);
        assertThat(chatPosts(id)).hasSize(5).containsOnly(chatPosts(id).get(0));
        assertThat(publishedMessages(id)).as("SNS delivered once, not again with the retries").hasSize(1);
    }
}
