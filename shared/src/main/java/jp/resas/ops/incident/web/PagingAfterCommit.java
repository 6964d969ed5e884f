package jp.resas.ops.incident.web;

import jakarta.inject.Singleton;
import jp.resas.ops.notification.infrastructure.NotificationSweep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the alarm intake does for an alarm, done for a person's change: once an incident raised, moved or
 * re-rated by hand is committed, a severity 1–2 incident waiting for its page starts the notification sweep
 * at once ({@link NotificationSweep#triggerIfPageDue}: in AWS an asynchronous invoke of
 * {@code incident-notify}, on one machine the in-process sweep). The change is already stored, so a refused
 * trigger does not undo or fail it: it is logged as an error, and the page goes out at the sweep's next
 * wake-up or the business-hours digest.
 */
@Singleton
class PagingAfterCommit {

    private static final Logger LOG = LoggerFactory.getLogger(PagingAfterCommit.class);

    private final NotificationSweep sweep;

    PagingAfterCommit(NotificationSweep sweep) {
        this.sweep = sweep;
    }

    void pageIfDue(Object incidentId) {
        try {
            sweep.triggerIfPageDue();
        } catch (RuntimeException e) {
            LOG.error("incident {} waits for its page but the notification sweep could not be started; it is paged "
                    + "at the sweep's next wake-up or digest", incidentId, e);
        }
    }
}
