package jp.resas.ops.meeting;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the minutes reminders and breaches due now, for meetings whose minutes were never submitted.
 * A meeting already past its due time raises the breach only (a skipped reminder is not raised late).
 */
public final class WatchingMinutesDeadlines {

    private final Clock clock;

    public WatchingMinutesDeadlines(Clock clock) {
        this.clock = clock;
    }

    public List<MinutesAlert> due(List<Meeting> awaiting) {
        Instant now = clock.instant();
        List<MinutesAlert> alerts = new ArrayList<>();
        for (Meeting m : awaiting) {
            if (!now.isBefore(m.minutesDueAt())) {
                alerts.add(new MinutesAlert(m.id(), m.title(), MinutesAlert.Level.BREACHED, m.minutesDueAt(), now));
            } else if (!now.isBefore(m.reminderAt())) {
                alerts.add(new MinutesAlert(m.id(), m.title(), MinutesAlert.Level.REMINDER, m.minutesDueAt(), now));
            }
        }
        return alerts;
    }
}
