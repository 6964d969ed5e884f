package jp.resas.ops.notification.infrastructure;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import jp.resas.ops.notification.ChatWebhookUrl;
import jp.resas.ops.notification.DeliveryBackoff;
import jp.resas.ops.notification.EscalationPolicy;
import jp.resas.ops.notification.Pager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.sns.SnsClient;

/**
 * The escalation limits ({@code resas.notifications.escalate-after.sev1} / {@code .sev2}, ISO-8601
 * durations), the outbox's backoff, and the pagers chosen by configuration:
 * <ul>
 * <li>{@code resas.notifications.sns.topic-arn}: SNS (e-mail/SMS subscriptions);</li>
 * <li>a {@link ChatWebhookUrl} ({@code resas.notifications.chat.webhook-url}, or the secret the
 * functions are told about): the chat webhook, with {@code .chat.attempts} (default 3) and
 * {@code .chat.backoff} (default PT1S);</li>
 * <li>neither: one that logs each notification (the local platform).</li>
 * </ul>
 */
@Factory
class NotificationFactory {

    static final String SNS_TOPIC = "resas.notifications.sns.topic-arn";
    static final String CHAT_URL = "resas.notifications.chat.webhook-url";
    private static final Logger LOG = LoggerFactory.getLogger("jp.resas.ops.notification");

    @Singleton
    EscalationPolicy escalationPolicy(@Value("${resas.notifications.escalate-after.sev1:PT15M}") String sev1,
            @Value("${resas.notifications.escalate-after.sev2:PT30M}") String sev2) {
        return new EscalationPolicy(Map.of(1, duration("escalate-after.sev1", sev1), 2, duration("escalate-after.sev2", sev2)));
    }

    @Singleton
    DeliveryBackoff deliveryBackoff(@Value("${resas.notifications.retry.first:PT1M}") String first,
            @Value("${resas.notifications.retry.longest:PT1H}") String longest) {
        return new DeliveryBackoff(duration("retry.first", first), duration("retry.longest", longest));
    }

    /** The platform's SNS client (the SDK's default builder, so {@code AWS_ENDPOINT_URL(_SNS)} applies). */
    @Singleton
    @Named("sns")
    @Requires(property = SNS_TOPIC)
    Pager snsPager(SnsClient sns, @Value("${" + SNS_TOPIC + "}") String topicArn) {
        return new SnsPager(sns, topicArn);
    }

    @Singleton
    @Requires(property = CHAT_URL)
    ChatWebhookUrl configuredChatWebhook(@Value("${" + CHAT_URL + "}") String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(CHAT_URL + ": not a URL", e);
        }
        if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
            throw new IllegalArgumentException(CHAT_URL + ": expected an http(s) URL");
        }
        return () -> uri;
    }

    @Singleton
    @Named("chat")
    @Requires(beans = ChatWebhookUrl.class)
    Pager chatPager(ChatWebhookUrl url, @Value("${resas.notifications.chat.attempts:3}") int attempts,
            @Value("${resas.notifications.chat.backoff:PT1S}") String backoff) {
        return new ChatWebhookPager(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), url, attempts,
                duration("chat.backoff", backoff));
    }

    @Singleton
    @Named("log")
    @Requires(missingProperty = SNS_TOPIC)
    @Requires(missingBeans = ChatWebhookUrl.class)
    Pager loggedPager() {
        return new Pager() {
            @Override
            public void send(jp.resas.ops.notification.Notification notification) {
                LOG.warn("{} {} to {}: {}", notification.kind(), notification.subject(),
                        notification.contact() == null ? "(nobody on the rota)" : notification.contact().email(),
                        notification.body());
            }

            @Override
            public String channel() {
                return "log";
            }
        };
    }

    private static Duration duration(String field, String text) {
        try {
            return Duration.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("resas.notifications." + field
                    + ": expected an ISO-8601 duration such as PT15M, was '" + text + "'", e);
        }
    }
}
