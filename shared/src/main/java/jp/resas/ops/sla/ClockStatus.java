package jp.resas.ops.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One SLA clock (first response or resolution) as seen at an instant.
 *
 * @param target    the business time allowed
 * @param elapsed   business time counted so far (up to the fact if it happened), pauses excluded
 * @param remaining {@code target - elapsed}; negative when overdue
 * @param warningAt when the warning threshold is (or was) reached; empty while paused before it
 * @param dueAt     when the target is (or was) reached; empty while paused before it, because the
 *                  due time depends on when the wait ends
 * @param state     OK, WARNING, BREACHED, PAUSED or MET
 */
public record ClockStatus(Duration target, Duration elapsed, Duration remaining,
        Optional<Instant> warningAt, Optional<Instant> dueAt, SlaState state) {
}
