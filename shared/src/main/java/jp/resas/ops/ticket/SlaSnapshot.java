package jp.resas.ops.ticket;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import jp.resas.ops.calendar.BusinessCalendar;
import jp.resas.ops.sla.ClockStatus;
import jp.resas.ops.sla.Priority;
import jp.resas.ops.sla.SlaCalculator;
import jp.resas.ops.sla.SlaPolicies;
import jp.resas.ops.sla.SlaState;
import jp.resas.ops.sla.SlaStatus;
import jp.resas.ops.sla.SlaTimeline;
import jp.resas.ops.sla.TicketType;

/**
 * The calendar and the policies in force, read once, and the instant they are applied at: one request's
 * (or one recomputation's) view of every SLA, however many items it evaluates.
 */
public record SlaSnapshot(BusinessCalendar calendar, SlaPolicies policies, Instant at) {

    /** The SLA of one item at {@link #at} (at its creation, if that is later). */
    public SlaStatus evaluate(TicketType type, Priority priority, SlaTimeline timeline) {
        return new SlaCalculator(calendar).evaluate(policies.policyFor(type, priority), timeline,
                at.isBefore(timeline.createdAt()) ? timeline.createdAt() : at);
    }

    /**
     * The due times to store for an item: they stay true until one of its SLA facts, the policy or the
     * calendar changes, because a fact recorded later is the only thing that moves them.
     */
    public DueTimes dueTimes(Optional<TicketType> type, Priority priority, SlaTimeline timeline) {
        if (type.isEmpty()) {
            return DueTimes.NONE;
        }
        SlaStatus status = evaluate(type.get(), priority, timeline);
        Instant queue = Stream.of(status.firstResponse(), status.resolution())
                .filter(c -> c.state() != SlaState.MET)
                .map(ClockStatus::dueAt).flatMap(Optional::stream)
                .min(Instant::compareTo).orElse(DueTimes.NO_DUE);
        return new DueTimes(status.firstResponse().dueAt().orElse(null), status.resolution().dueAt().orElse(null),
                queue);
    }

    /**
     * The last instant whose remaining business time from {@link #at} is at most {@code within}: a clock
     * due up to then is due soon. When the window ends at closing time, the closed hours after it count
     * for nothing, so it reaches the next opening.
     */
    public Instant dueSoonUntil(Duration within) {
        return calendar.nextOpening(calendar.addBusinessHours(at, within));
    }
}
