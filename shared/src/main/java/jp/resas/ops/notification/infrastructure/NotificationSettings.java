package jp.resas.ops.notification.infrastructure;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import jp.resas.ops.platform.settings.Setting;

/**
 * {@code resas.notifications.*}, checked at start (a bad value stops the context naming the property):
 * <ul>
 * <li>{@code escalate-after.sev1} / {@code .sev2}: how long a page waits for its acknowledgement before it is
 *     escalated (ISO-8601, default {@code PT15M} / {@code PT30M});</li>
 * <li>{@code retry.first} / {@code .longest}: the outbox's backoff (default {@code PT1M}, doubling up to
 *     {@code PT1H});</li>
 * <li>{@code sns.topic-arn} (env {@code RESAS_NOTIFICATIONS_SNS_TOPIC_ARN}): the SNS pager's topic;</li>
 * <li>{@code chat.webhook-url} (locally; in AWS a secret), {@code chat.attempts} (3), {@code chat.backoff}
 *     ({@code PT1S});</li>
 * <li>{@code sweep.function} (env {@code RESAS_NOTIFICATIONS_SWEEP_FUNCTION}): the sweep invoked after an
 *     intake; {@code sweep.schedule-group}, {@code .target-arn}, {@code .role-arn}: its one-time wake-ups
 *     (the group needs both others).</li>
 * </ul>
 */
@Context
@ConfigurationProperties("resas.notifications")
public record NotificationSettings(EscalateAfter escalateAfter, Retry retry, Sns sns, Chat chat, Sweep sweep) {

    static final String PREFIX = "resas.notifications.";

    /** {@code resas.notifications.escalate-after.*}. */
    @ConfigurationProperties("escalate-after")
    public record EscalateAfter(@Nullable String sev1, @Nullable String sev2) {
        public EscalateAfter {
            sev1Limit(sev1);
            sev2Limit(sev2);
        }

        public Duration sev1Limit() {
            return sev1Limit(sev1);
        }

        public Duration sev2Limit() {
            return sev2Limit(sev2);
        }

        private static Duration sev1Limit(@Nullable String text) {
            return Setting.duration(PREFIX + "escalate-after.sev1", text, Duration.ofMinutes(15));
        }

        private static Duration sev2Limit(@Nullable String text) {
            return Setting.duration(PREFIX + "escalate-after.sev2", text, Duration.ofMinutes(30));
        }
    }

    /** {@code resas.notifications.retry.*}. */
    @ConfigurationProperties("retry")
    public record Retry(@Nullable String first, @Nullable String longest) {
        public Retry {
            if (firstWait(first).compareTo(longestWait(longest)) > 0) {
                throw Setting.invalid(PREFIX + "retry.longest", "must be at least retry.first ("
                        + firstWait(first) + "), was " + longestWait(longest));
            }
        }

        public Duration firstWait() {
            return firstWait(first);
        }

        public Duration longestWait() {
            return longestWait(longest);
        }

        private static Duration firstWait(@Nullable String text) {
            return Setting.duration(PREFIX + "retry.first", text, Duration.ofMinutes(1));
        }

        private static Duration longestWait(@Nullable String text) {
            return Setting.duration(PREFIX + "retry.longest", text, Duration.ofHours(1));
        }
    }

    /** {@code resas.notifications.sns.*}. */
    @ConfigurationProperties("sns")
    public record Sns(@Nullable String topicArn) {
        public Sns {
            topicArn = Setting.arn(PREFIX + "sns.topic-arn", topicArn);
        }

        public Optional<String> topic() {
            return Optional.ofNullable(topicArn);
        }
    }

    /** {@code resas.notifications.chat.*}. */
    @ConfigurationProperties("chat")
    public record Chat(@Nullable String webhookUrl, @Nullable Integer attempts, @Nullable String backoff) {
        public Chat {
            Setting.url(PREFIX + "chat.webhook-url", webhookUrl);
            Setting.positive(PREFIX + "chat.attempts", attempts, 3);
            Setting.duration(PREFIX + "chat.backoff", backoff, Duration.ofSeconds(1));
        }

        public Optional<URI> url() {
            return Optional.ofNullable(Setting.url(PREFIX + "chat.webhook-url", webhookUrl));
        }

        public int tries() {
            return Setting.positive(PREFIX + "chat.attempts", attempts, 3);
        }

        public Duration firstWait() {
            return Setting.duration(PREFIX + "chat.backoff", backoff, Duration.ofSeconds(1));
        }
    }

    /** {@code resas.notifications.sweep.*}. */
    @ConfigurationProperties("sweep")
    public record Sweep(@Nullable String function, @Nullable String scheduleGroup, @Nullable String targetArn,
            @Nullable String roleArn) {
        public Sweep {
            function = Setting.text(function);
            scheduleGroup = Setting.text(scheduleGroup);
            targetArn = Setting.arn(PREFIX + "sweep.target-arn", targetArn);
            roleArn = Setting.arn(PREFIX + "sweep.role-arn", roleArn);
            if (scheduleGroup != null && (targetArn == null || roleArn == null)) {
                throw Setting.invalid(PREFIX + "sweep.schedule-group", "is set, so " + PREFIX + "sweep.target-arn and "
                        + ".role-arn are required (RESAS_NOTIFICATIONS_SWEEP_TARGET_ARN / _ROLE_ARN)");
            }
        }
    }
}
