package jp.resas.ops.functions.notification;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import io.micronaut.context.ApplicationContext;
import java.util.Map;
import jp.resas.ops.functions.platform.LambdaPlatform;
import jp.resas.ops.notification.infrastructure.NotificationService;
import jp.resas.ops.notification.infrastructure.NotificationSweep;

/**
 * {@code incident-notify}: the notification sweep (pages, escalations, the business-hours digest, and the
 * outbox's due deliveries, "report ready" included). Started by the alarm intake when a severity 1–2
 * incident waits for its page, by its own one-time schedule while a page or a retry waits, and by the
 * business-hours digest schedule; the event carries nothing we need. Each run re-arms the next one when
 * something still waits ({@link NotificationSweep}). When a delivery failed, the failure is recorded and
 * retried by a later sweep, and this invocation fails too, so the function's error alarm tells the
 * platform's alarm topic.
 */
public final class IncidentNotifyHandler implements RequestHandler<Map<String, Object>, Map<String, Object>> {

    private final NotificationSweep sweep;

    public IncidentNotifyHandler() {
        this(LambdaPlatform.start());
    }

    public IncidentNotifyHandler(ApplicationContext context) {
        this(context.getBean(NotificationSweep.class));
    }

    IncidentNotifyHandler(NotificationSweep sweep) {
        this.sweep = sweep;
    }

    @Override
    public Map<String, Object> handleRequest(Map<String, Object> event, Context context) {
        NotificationSweep.Run run = sweep.run();
        NotificationService.SweepResult result = run.result();
        if (result.failed() > 0) {
            throw new IllegalStateException(result.failed() + " notification delivery(ies) failed and are recorded; "
                    + "the next sweep tries again (" + result.undelivered() + " waiting)");
        }
        return Map.of("paged", result.paged(), "escalated", result.escalated(), "digested", result.digested(),
                "delivered", result.delivered(), "undelivered", result.undelivered(),
                "next", run.next().map(Object::toString).orElse("none"));
    }
}
