package jp.resas.ops.functions.notification;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.micronaut.context.ApplicationContext;
import java.util.Map;
import jp.resas.ops.functions.platform.LambdaPlatform;
import jp.resas.ops.notification.infrastructure.NotificationService;

/**
 * {@code incident-notify}: every minute, the notification sweep (pages, escalations, the business-hours
 * digest, and the outbox's due deliveries, "report ready" included). The scheduler's event carries
 * nothing we need. When a delivery failed, the failure is recorded and retried by a later sweep, and
 * this invocation fails too, so the function's error alarm tells the platform's alarm topic.
 */
public final class IncidentNotifyHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    private final NotificationService notifications;

    public IncidentNotifyHandler() {
        this(LambdaPlatform.start());
    }

    public IncidentNotifyHandler(ApplicationContext context) {
        this(context.getBean(NotificationService.class));
    }

    IncidentNotifyHandler(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        NotificationService.SweepResult result = notifications.sweep();
        if (result.failed() > 0) {
            throw new IllegalStateException(result.failed() + " notification delivery(ies) failed and are recorded; "
                    + "the next sweep tries again (" + result.undelivered() + " waiting)");
        }
        return Map.of("paged", result.paged(), "escalated", result.escalated(), "digested", result.digested(),
                "delivered", result.delivered(), "undelivered", result.undelivered());
    }
}
