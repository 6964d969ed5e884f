package jp.resas.ops.meeting.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.meeting.MeetingEvent;
import jp.resas.ops.meeting.Meetings;
import jp.resas.ops.meeting.MinutesAlert;
import jp.resas.ops.meeting.WatchingMinutesDeadlines;

/**
 * The minutes' deadline watch, run by the {@code ticket-sla} schedule after the ticket watch. As
 * there, each alert is claimed, put on the meeting's timeline, audited and published in its own
 * transaction, so a failed publish is tried again on the next run and nothing is raised twice.
 */
@Singleton
public class MinutesWatchService {

    private final Meetings meetings;
    private final WatchingMinutesDeadlines watching;
    private final Raiser raiser;

    MinutesWatchService(Meetings meetings, Clock clock, Raiser raiser) {
        this.meetings = meetings;
        this.watching = new WatchingMinutesDeadlines(clock);
        this.raiser = raiser;
    }

    /** @return the alerts raised in this run */
    public List<MinutesAlert> run(Consumer<MinutesAlert> publisher) {
        return watching.due(meetings.awaitingMinutes()).stream().filter(a -> raiser.raise(a, publisher)).toList();
    }

    /** The per-alert transaction (a separate bean, so the boundary applies). */
    @Singleton
    public static class Raiser {

        private final Meetings meetings;
        private final AuditLog audit;

        Raiser(Meetings meetings, AuditLog audit) {
            this.meetings = meetings;
            this.audit = audit;
        }

        @Transactional
        public boolean raise(MinutesAlert alert, Consumer<MinutesAlert> publisher) {
            if (!meetings.claim(alert)) {
                return false;
            }
            meetings.appendTimeline(alert.meetingId(), new MeetingEvent(alert.raisedAt(), "MINUTES_"
                    + alert.level().name(), "system:ticket-sla", alert.message()));
            audit.append(new AuditEntry("system:ticket-sla", "meeting.minutes." + alert.level().name().toLowerCase(),
                    "meeting", String.valueOf(alert.meetingId()), Map.of("dueAt", alert.dueAt().toString()),
                    "ticket-sla"));
            publisher.accept(alert);
            return true;
        }
    }
}
