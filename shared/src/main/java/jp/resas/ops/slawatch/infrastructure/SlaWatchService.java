package jp.resas.ops.slawatch.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.slawatch.AlertPublisher;
import jp.resas.ops.slawatch.SlaAlert;
import jp.resas.ops.slawatch.SlaAlerts;
import jp.resas.ops.slawatch.WatchingSlas;
import jp.resas.ops.ticket.SlaEvaluation;

/**
 * One run of the SLA watch. Each alert is claimed, put on the timeline, audited and published in its
 * own transaction: a failed publish rolls its claim back so the next run tries again, and alerts
 * already published stay claimed.
 */
@Singleton
public class SlaWatchService {

    private final SlaAlerts alerts;
    private final WatchingSlas watching;
    private final Raiser raiser;

    SlaWatchService(SlaAlerts alerts, SlaEvaluation sla, Clock clock, Raiser raiser) {
        this.alerts = alerts;
        this.watching = new WatchingSlas(sla, clock);
        this.raiser = raiser;
    }

    /** @return the alerts raised in this run (those raised before are not raised again) */
    public List<SlaAlert> run(AlertPublisher publisher) {
        return watching.due(alerts.watched()).stream().filter(alert -> raiser.raise(alert, publisher)).toList();
    }

    /** The per-alert transaction (a separate bean, so the boundary applies). */
    @Singleton
    public static class Raiser {

        private final SlaAlerts alerts;
        private final AuditLog audit;

        Raiser(SlaAlerts alerts, AuditLog audit) {
            this.alerts = alerts;
            this.audit = audit;
        }

        @Transactional
        public boolean raise(SlaAlert alert, AlertPublisher publisher) {
            if (!alerts.claim(alert)) {
                return false;
            }
            alerts.appendTimeline(alert);
            audit.append(new AuditEntry("system:ticket-sla", "sla." + alert.level().name().toLowerCase(),
                    alert.type() == jp.resas.ops.sla.TicketType.INCIDENT ? "incident" : "ticket",
                    String.valueOf(alert.ticketId()), Map.of("clock", alert.clock().name()), "ticket-sla"));
            publisher.publish(alert);
            return true;
        }
    }
}
