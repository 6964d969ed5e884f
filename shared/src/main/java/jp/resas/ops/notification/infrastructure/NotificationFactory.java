package jp.resas.ops.notification.infrastructure;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import jp.resas.ops.notification.EscalationPolicy;
import jp.resas.ops.notification.Pager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The escalation limits ({@code resas.notifications.escalate-after.sev1} / {@code .sev2}, ISO-8601
 * durations) and, where no real pager is wired (the local platform), one that logs each notification.
 */
@Factory
class NotificationFactory {

    private static final Logger LOG = LoggerFactory.getLogger("jp.resas.ops.notification");

    @Singleton
    EscalationPolicy escalationPolicy(@Value("${resas.notifications.escalate-after.sev1:PT15M}") String sev1,
            @Value("${resas.notifications.escalate-after.sev2:PT30M}") String sev2) {
        return new EscalationPolicy(Map.of(1, duration("sev1", sev1), 2, duration("sev2", sev2)));
    }

    @Singleton
    @Requires(missingBeans = Pager.class)
    Pager loggedPager() {
        return notification -> LOG.warn("{} {} to {}: {}", notification.kind(), notification.subject(),
                notification.contact() == null ? "(nobody on the rota)" : notification.contact().email(),
                notification.body());
    }

    private static Duration duration(String field, String text) {
        try {
            return Duration.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("resas.notifications.escalate-after." + field
                    + ": expected an ISO-8601 duration such as PT15M, was '" + text + "'", e);
        }
    }
}
