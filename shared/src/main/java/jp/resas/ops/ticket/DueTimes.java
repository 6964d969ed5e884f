package jp.resas.ops.ticket;

import java.time.Instant;

/**
 * An open item's SLA due times as stored for the queues.
 *
 * @param response   when the first-response target is (or was) reached; null while it has none
 * @param resolution when the resolution target is (or was) reached; null while paused before it, or none
 * @param queue      the queue's order: the earliest due time of a clock not met in time, {@link #NO_DUE}
 *                   when there is none (no SLA, both met, or paused)
 */
public record DueTimes(Instant response, Instant resolution, Instant queue) {

    /** Sorts after every real due time. */
    public static final Instant NO_DUE = Instant.parse("9999-12-31T00:00:00Z");

    public static final DueTimes NONE = new DueTimes(null, null, NO_DUE);

    public DueTimes {
        java.util.Objects.requireNonNull(queue, "queue");
    }
}
