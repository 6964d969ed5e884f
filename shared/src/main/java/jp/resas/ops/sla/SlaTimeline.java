package jp.resas.ops.sla;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The facts of a ticket that its SLA depends on, and nothing else; the ticket modules map their
 * own history into this.
 *
 * @param createdAt        when the ticket was raised; both clocks start here
 * @param firstRespondedAt the first response, or {@code null} if none yet
 * @param resolvedAt       the resolution, or {@code null} if unresolved
 * @param pauses           waits, in any order and possibly overlapping; one without an end is still going on
 */
public record SlaTimeline(Instant createdAt, Instant firstRespondedAt, Instant resolvedAt, List<Pause> pauses) {

    public SlaTimeline {
        Objects.requireNonNull(createdAt, "createdAt");
        requireNotBefore(createdAt, firstRespondedAt, "first response");
        requireNotBefore(createdAt, resolvedAt, "resolution");
        pauses = List.copyOf(pauses);
        pauses.forEach(p -> requireNotBefore(createdAt, p.from(), "pause"));
    }

    /** A new ticket with no response, resolution or pause yet. */
    public static SlaTimeline createdAt(Instant createdAt) {
        return new SlaTimeline(createdAt, null, null, List.of());
    }

    public SlaTimeline respondedAt(Instant t) {
        return new SlaTimeline(createdAt, t, resolvedAt, pauses);
    }

    public SlaTimeline resolvedAt(Instant t) {
        return new SlaTimeline(createdAt, firstRespondedAt, t, pauses);
    }

    /** Adds a wait; {@code until} may be {@code null} while still waiting. */
    public SlaTimeline paused(PauseReason reason, Instant from, Instant until) {
        var more = new ArrayList<>(pauses);
        more.add(new Pause(reason, from, until));
        return new SlaTimeline(createdAt, firstRespondedAt, resolvedAt, more);
    }

    private static void requireNotBefore(Instant createdAt, Instant fact, String what) {
        if (fact != null && fact.isBefore(createdAt)) {
            throw new IllegalArgumentException(what + " at " + fact + " is before creation at " + createdAt);
        }
    }
}
