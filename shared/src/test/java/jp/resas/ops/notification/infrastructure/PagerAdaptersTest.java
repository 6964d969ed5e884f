package jp.resas.ops.notification.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import jp.resas.ops.notification.Contact;
import jp.resas.ops.notification.Notification;
import jp.resas.ops.testutils.FakeAws;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * The two pagers against local endpoints speaking the real wire formats: SNS's query protocol (form
 * parameters in, XML out, as in the SNS API reference's Publish example and its error response) and
 * a Slack-compatible incoming webhook (JSON {@code text} in, {@code ok} or Slack's error strings out).
 */
class PagerAdaptersTest {

    static final String PUBLISHED = "<PublishResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><PublishResult>"
            + "<MessageId>94f20ce6-13c5-43a0-9a9e-ca52d816e90b</MessageId></PublishResult><ResponseMetadata>"
            + "<RequestId>f187a3c1-376f-11df-8963-01868b7c937a</RequestId></ResponseMetadata></PublishResponse>";
    static final String SNS_INTERNAL_ERROR = "<ErrorResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><Error>"
            + "<Type>Receiver</Type><Code>InternalError</Code><Message>Internal Error</Message></Error>"
            + "<RequestId>a8dec8b3-33a4-11df-8963-01868b7c937a</RequestId></ErrorResponse>";
    private static final String TOPIC = "arn:aws:sns:ap-northeast-1:123456789012:resas-ops-notifications";

    private final Notification page = new Notification(Notification.Kind.PAGE, "[RESAS Ops] SEV1 incident #42",
            "重大度 1 の障害が発生しました。\n件名: RESAS API 5xx", new Contact("田中", "tanaka@example.jp"),
            "https://ops.example.jp/portal/incidents/42");

    @Test
    void sns_publishesTheJapaneseBody_anAsciiSubject_andTheContactToFilterOn() {
        try (FakeAws aws = new FakeAws().answer("Publish", 200, "text/xml", PUBLISHED.getBytes(StandardCharsets.UTF_8))) {
            new SnsPager(aws.client(SnsClient.builder()), TOPIC).send(page);

            Map<String, String> form = aws.requests("Publish").get(0).form();
            assertThat(form).containsEntry("TopicArn", TOPIC).containsEntry("Subject", "[RESAS Ops] SEV1 incident #42");
            assertThat(form.get("Message")).contains("重大度 1 の障害が発生しました。", "https://ops.example.jp/portal/incidents/42");
            assertThat(attributes(form)).isEqualTo(Map.of("contact", "tanaka@example.jp", "kind", "PAGE"));
        }
    }

    @Test
    void sns_subjectsAreMadeAsciiAndShort_asSnsRequires() {
        assertThat(SnsPager.subject("[RESAS Ops] 月次 report\n" + "x".repeat(200))).hasSize(99)
                .matches("[\\x20-\\x7E]+").startsWith("[RESAS Ops] ?? report?");
    }

    @Test
    void sns_aFailingEndpoint_isRetriedByTheSdk_thenThrows() {
        try (FakeAws aws = new FakeAws().answer("Publish", 500, "text/xml",
                SNS_INTERNAL_ERROR.getBytes(StandardCharsets.UTF_8))) {
            SnsPager pager = new SnsPager(aws.client(SnsClient.builder()), TOPIC);

            assertThatThrownBy(() -> pager.send(page)).hasMessageContaining("Internal Error");
            assertThat(aws.requests("Publish")).hasSizeGreaterThan(1);
        }
    }

    @Test
    void chat_postsSlackCompatibleJson_withSubjectBodyAndLink() throws Exception {
        try (ChatWebhookServer chat = new ChatWebhookServer()) {
            pager(chat, 3).send(page);

            ChatWebhookServer.Received post = chat.received().get(0);
            assertThat(post.method()).isEqualTo("POST");
            assertThat(post.contentType()).startsWith("application/json");
            JsonNode json = new ObjectMapper().readTree(post.body());
            assertThat(json.get("text").asText()).isEqualTo("*[RESAS Ops] SEV1 incident #42*\n重大度 1 の障害が発生しました。\n"
                    + "件名: RESAS API 5xx\nhttps://ops.example.jp/portal/incidents/42");
        }
    }

    @Test
    void chat_serverErrorsAndRateLimits_areRetriedWithBackoff_untilAccepted() {
        try (ChatWebhookServer chat = new ChatWebhookServer().failWith(500, "internal_error", null, 1)
                .failWith(429, "rate_limited", "0", 1)) {
            pager(chat, 3).send(page);

            assertThat(chat.received()).hasSize(3).extracting(ChatWebhookServer.Received::body).containsOnly(
                    chat.received().get(0).body());
        }
    }

    @Test
    void chat_stillFailingAfterEveryAttempt_throwsWithTheLastAnswer_butNotTheUrl() {
        try (ChatWebhookServer chat = new ChatWebhookServer().failWith(500, "internal_error", null, 5)) {
            ChatWebhookPager pager = pager(chat, 3);

            assertThatThrownBy(() -> pager.send(page)).hasMessageContaining("500").hasMessageContaining("internal_error")
                    .hasMessageContaining("after 3 attempts").hasMessageNotContaining("/services/");
            assertThat(chat.received()).hasSize(3);
        }
    }

    @Test
    void chat_aRevokedWebhook_isNotRetried() {
        try (ChatWebhookServer chat = new ChatWebhookServer().failWith(404, "no_service", null, 1)) {
            ChatWebhookPager pager = pager(chat, 3);

            assertThatThrownBy(() -> pager.send(page)).hasMessageContaining("404").hasMessageContaining("no_service")
                    .hasMessageContaining("not retried");
            assertThat(chat.received()).hasSize(1);
        }
    }

    /** The message attributes of a query-protocol Publish: entry.N.Name and entry.N.Value.StringValue. */
    static Map<String, String> attributes(Map<String, String> form) {
        Map<String, String> attributes = new java.util.HashMap<>();
        for (int n = 1; form.containsKey("MessageAttributes.entry." + n + ".Name"); n++) {
            attributes.put(form.get("MessageAttributes.entry." + n + ".Name"),
                    form.get("MessageAttributes.entry." + n + ".Value.StringValue"));
        }
        return attributes;
    }

    private static ChatWebhookPager pager(ChatWebhookServer chat, int attempts) {
        return new ChatWebhookPager(HttpClient.newHttpClient(), chat::url, attempts, Duration.ofMillis(5));
    }
}
