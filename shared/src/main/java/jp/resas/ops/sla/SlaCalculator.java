package jp.resas.ops.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import jp.resas.ops.calendar.BusinessCalendar;

/**
 * Computes a ticket's SLA from its policy, its timeline and the business calendar: a pure
 * function, so a changed calendar or policy only needs evaluating again.
 *
 * <p>The first-response clock is never paused: waiting on someone presupposes a response. The
 * resolution clock stops during the waits its policy honours. A ticket resolved without a
 * recorded first response counts the resolution as the response.
 */
public final class SlaCalculator {

    private final BusinessCalendar calendar;

    public SlaCalculator(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    /** The SLA as it stands at {@code at}; facts later than {@code at} are not yet known. */
    public SlaStatus evaluate(SlaPolicy policy, SlaTimeline timeline, Instant at) {
        if (at.isBefore(timeline.createdAt())) {
            throw new IllegalArgumentException("cannot evaluate at " + at
                    + ", before the ticket was created at " + timeline.createdAt());
        }
        Instant responded = timeline.firstRespondedAt() != null
                ? timeline.firstRespondedAt() : timeline.resolvedAt();
        // Most tickets of a list never waited: no stream for them (issue 18, per-item cost of a list page).
        List<Pause> honoured = timeline.pauses().isEmpty() ? List.of() : timeline.pauses().stream()
                .filter(p -> policy.pausedBy().contains(p.reason()))
                .toList();
        return new SlaStatus(
                clock(policy, policy.firstResponse(), timeline.createdAt(), responded, List.of(), at),
                clock(policy, policy.resolution(), timeline.createdAt(), timeline.resolvedAt(), honoured, at));
    }

    private ClockStatus clock(SlaPolicy policy, Duration target, Instant start, Instant metAt,
            List<Pause> pauses, Instant at) {
        boolean met = metAt != null && !metAt.isAfter(at);
        Instant stop = met ? metAt : at;
        boolean paused = !met && !pauses.isEmpty() && pauses.stream().anyMatch(p -> p.covers(at));
        var clock = new SlaClock(calendar, start, stop, pauses, paused);
        Duration elapsed = clock.elapsed();
        Duration warningAfter = policy.warningAfter(target);
        return new ClockStatus(target, elapsed, target.minus(elapsed),
                clock.reaches(warningAfter), clock.reaches(target),
                state(met, paused, elapsed, target, warningAfter));
    }

    /** A breach outranks a pause: stopping the clock after the deadline does not undo it. */
    private static SlaState state(boolean met, boolean paused, Duration elapsed, Duration target,
            Duration warningAfter) {
        if (met) {
            return elapsed.compareTo(target) <= 0 ? SlaState.MET : SlaState.BREACHED;
        }
        if (elapsed.compareTo(target) >= 0) {
            return SlaState.BREACHED;
        }
        if (paused) {
            return SlaState.PAUSED;
        }
        return elapsed.compareTo(warningAfter) >= 0 ? SlaState.WARNING : SlaState.OK;
    }
}
