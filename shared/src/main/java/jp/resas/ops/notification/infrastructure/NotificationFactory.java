package jp.resas.ops.notification.infrastructure;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
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
 * The escalation limits and the outbox's backoff from {@link NotificationSettings}, and the pagers chosen by
 * configuration:
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
    EscalationPolicy escalationPolicy(NotificationSettings settings) {
        return new EscalationPolicy(Map.of(1, settings.escalateAfter().sev1Limit(),
                2, settings.escalateAfter().sev2Limit()));
    }

    @Singleton
    DeliveryBackoff deliveryBackoff(NotificationSettings settings) {
        return new DeliveryBackoff(settings.retry().firstWait(), settings.retry().longestWait());
    }

    /** The platform's SNS client (the SDK's default builder, so {@code AWS_ENDPOINT_URL(_SNS)} applies). */
    @Singleton
    @Named("sns")
    @Requires(property = SNS_TOPIC)
    @Requires(classes = SnsClient.class)
    Pager snsPager(SnsClient sns, NotificationSettings settings) {
        return new SnsPager(sns, settings.sns().topic().orElseThrow());
    }

    @Singleton
    @Requires(property = CHAT_URL)
    ChatWebhookUrl configuredChatWebhook(NotificationSettings settings) {
        URI uri = settings.chat().url().orElseThrow();
        return () -> uri;
    }

    @Singleton
    @Named("chat")
    @Requires(beans = ChatWebhookUrl.class)
    Pager chatPager(ChatWebhookUrl url, NotificationSettings settings) {
        return new ChatWebhookPager(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build(), url,
                settings.chat().tries(), settings.chat().firstWait());
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
}
