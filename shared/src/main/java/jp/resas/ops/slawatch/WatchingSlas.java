package jp.resas.ops.slawatch;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jp.resas.ops.sla.ClockStatus;
import jp.resas.ops.sla.SlaState;
import jp.resas.ops.sla.SlaStatus;
import jp.resas.ops.ticket.SlaEvaluation;
import jp.resas.ops.ticket.SlaSnapshot;

/**
 * Finds the alerts due now. A clock found BREACHED raises its breach (a warning it skipped, e.g.
 * while the schedule was down, is not raised late); WARNING raises the warning.
 */
public final class WatchingSlas {

    private final SlaEvaluation sla;
    private final Clock clock;

    public WatchingSlas(SlaEvaluation sla, Clock clock) {
        this.sla = sla;
        this.clock = clock;
    }

    public List<SlaAlert> due(List<WatchedTicket> tickets) {
        Instant now = clock.instant();
        SlaSnapshot snapshot = sla.snapshot();
        List<SlaAlert> alerts = new ArrayList<>();
        for (WatchedTicket t : tickets) {
            SlaStatus status = snapshot.evaluate(t.type(), t.priority(), t.timeline());
            alert(t, SlaAlert.Clock.FIRST_RESPONSE, status.firstResponse(), now, alerts);
            alert(t, SlaAlert.Clock.RESOLUTION, status.resolution(), now, alerts);
        }
        return alerts;
    }

    private static void alert(WatchedTicket t, SlaAlert.Clock which, ClockStatus status, Instant now,
            List<SlaAlert> alerts) {
        SlaAlert.Level level = status.state() == SlaState.BREACHED ? SlaAlert.Level.BREACHED
                : status.state() == SlaState.WARNING ? SlaAlert.Level.WARNING : null;
        if (level != null) {
            alerts.add(new SlaAlert(t.type(), t.id(), t.title(), which, level, status.dueAt().orElse(null), now));
        }
    }
}
