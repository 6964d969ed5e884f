package jp.resas.ops.notification.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.NotFoundException;
import jp.resas.ops.platform.jdbc.Sql;

/**
 * The notification sweep (the {@code incident-notify} function, run and re-armed by {@link NotificationSweep})
 * and acknowledgement. A sweep first decides, in one transaction,
 * the pages, escalations and digest due ({@link IncidentNotices}), then delivers what waits in the
 * outbox, this sweep's messages and earlier failures whose retry time has come.
 */
@Singleton
public class NotificationService {

    private final IncidentNotices notices;
    private final NotificationOutbox outbox;
    private final Sql sql;
    private final Clock clock;

    NotificationService(IncidentNotices notices, NotificationOutbox outbox, Sql sql, Clock clock) {
        this.notices = notices;
        this.outbox = outbox;
        this.sql = sql;
        this.clock = clock;
    }

    /**
     * What one sweep did: pages, escalations and digested incidents decided; notifications delivered,
     * and deliveries that failed this time (recorded, to be tried again); how many still wait.
     */
    public record SweepResult(int paged, int escalated, int digested, int delivered, int failed, int undelivered) {
    }

    public SweepResult sweep() {
        IncidentNotices.Decided decided = notices.decide();
        NotificationOutbox.Delivery delivery = outbox.deliverDue();
        return new SweepResult(decided.paged(), decided.escalated(), decided.digested(), delivery.delivered(),
                delivery.failed(), outbox.undelivered());
    }

    /** Acknowledges the incident's latest page; an escalation already sent stays sent. */
    @Transactional
    public Instant acknowledge(long incidentId, String who) {
        if (sql.queryOne("SELECT 1 FROM incident WHERE id = ?", row -> 1, incidentId).isEmpty()) {
            throw new NotFoundException("障害 " + incidentId + " は存在しません。");
        }
        Optional<Long> page = sql.queryOne("SELECT id FROM incident_page WHERE incident_id = ? AND acknowledged_at "
                + "IS NULL ORDER BY paged_at DESC, id DESC LIMIT 1 FOR UPDATE", row -> row.getLong(1), incidentId);
        if (page.isEmpty()) {
            throw new ConflictException("NOTHING_TO_ACKNOWLEDGE", "id",
                    "障害 " + incidentId + " には承知待ちの通知がありません。");
        }
        Instant now = clock.instant();
        sql.update("UPDATE incident_page SET acknowledged_at = ?, acknowledged_by = ? WHERE id = ?", now, who,
                page.get());
        sql.update("INSERT INTO incident_timeline (incident_id, at, kind, actor, message, recorded_at) "
                + "VALUES (?, ?, 'ACKNOWLEDGED', ?, ?, ?)", incidentId, now, who, "承知: " + who, now);
        return now;
    }
}
