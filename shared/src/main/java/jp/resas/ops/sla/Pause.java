package jp.resas.ops.sla;

import java.time.Instant;
import java.util.Objects;

/**
 * A span during which the ticket waited, e.g. on the requester.
 *
 * @param reason why it waited
 * @param from   when the wait began
 * @param until  when it ended, or {@code null} while it is still waiting
 */
public record Pause(PauseReason reason, Instant from, Instant until) {

    public Pause {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(from, "from");
        if (until != null && !until.isAfter(from)) {
            throw new IllegalArgumentException("pause must end after it starts: " + from + " .. " + until);
        }
    }

    /** True when the ticket is waiting at {@code t}. */
    public boolean covers(Instant t) {
        return !t.isBefore(from) && (until == null || t.isBefore(until));
    }
}
