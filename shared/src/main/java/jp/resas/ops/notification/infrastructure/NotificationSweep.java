package jp.resas.ops.notification.infrastructure;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One run of {@code incident-notify}: the sweep ({@link NotificationService#sweep}), then the sweep re-arms
 * itself at the next escalation or delivery retry, and only then, so nothing runs while nothing waits (and
 * Aurora can pause). Never sooner than a minute ahead: the sweep that wakes then finds what is due.
 * {@link #triggerIfPageDue} is what the alarm intake calls after its transaction.
 */
@Singleton
public class NotificationSweep {

    static final Duration SOONEST = Duration.ofMinutes(1);

    private final NotificationService notifications;
    private final SweepDueTimes due;
    private final SweepRelay relay;
    private final Clock clock;

    NotificationSweep(NotificationService notifications, SweepDueTimes due, SweepRelay relay, Clock clock) {
        this.notifications = notifications;
        this.due = due;
        this.relay = relay;
        this.clock = clock;
    }

    /** What one run did, and when it armed the next one (empty: nothing waits). */
    public record Run(NotificationService.SweepResult result, Optional<Instant> next) {
    }

    public Run run() {
        NotificationService.SweepResult result = notifications.sweep();
        Instant soonest = clock.instant().plus(SOONEST);
        Optional<Instant> next = due.next().map(at -> at.isBefore(soonest) ? soonest : at);
        next.ifPresent(relay::wakeAt);
        return new Run(result, next);
    }

    /** Starts a sweep when an incident of severity 1–2 waits for its page; answers whether it did. */
    public boolean triggerIfPageDue() {
        if (!due.pageDue()) {
            return false;
        }
        relay.sweepSoon();
        return true;
    }
}
