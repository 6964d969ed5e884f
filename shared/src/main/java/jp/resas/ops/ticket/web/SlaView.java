package jp.resas.ops.ticket.web;

import java.time.Instant;
import jp.resas.ops.sla.ClockStatus;
import jp.resas.ops.sla.SlaState;
import jp.resas.ops.sla.SlaStatus;

/**
 * A ticket's SLA as the API shows it: the overall state, {@code paused} and {@code breached} flags, and
 * each clock's due time and remaining business minutes (negative when overdue).
 */
public record SlaView(String state, boolean paused, boolean breached, Clock firstResponse, Clock resolution) {

    /** One clock; {@code dueAt} and {@code warningAt} are null while paused, as they depend on the wait. */
    public record Clock(String state, long targetMinutes, long elapsedMinutes, long remainingMinutes,
            Instant warningAt, Instant dueAt) {

        static Clock of(ClockStatus status) {
            return new Clock(status.state().name(), status.target().toMinutes(), status.elapsed().toMinutes(),
                    status.remaining().toMinutes(), status.warningAt().orElse(null), status.dueAt().orElse(null));
        }
    }

    public static SlaView of(SlaStatus status) {
        SlaState overall = status.overall();
        return new SlaView(overall.name(), status.resolution().state() == SlaState.PAUSED,
                status.firstResponse().state() == SlaState.BREACHED || status.resolution().state() == SlaState.BREACHED,
                Clock.of(status.firstResponse()), Clock.of(status.resolution()));
    }
}
