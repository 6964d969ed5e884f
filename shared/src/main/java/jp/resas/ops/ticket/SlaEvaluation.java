package jp.resas.ops.ticket;

import java.time.Clock;
import jp.resas.ops.calendar.CalendarSource;
import jp.resas.ops.sla.Priority;
import jp.resas.ops.sla.SlaPolicySource;
import jp.resas.ops.sla.SlaStatus;
import jp.resas.ops.sla.SlaTimeline;
import jp.resas.ops.sla.TicketType;

/**
 * SLAs now, from the facts, the policy in force and the calendar in force. A request that evaluates many
 * items takes one {@link #snapshot()}: the calendar and the policies are read once for all of them.
 */
public final class SlaEvaluation {

    private final CalendarSource calendar;
    private final SlaPolicySource policies;
    private final Clock clock;

    public SlaEvaluation(CalendarSource calendar, SlaPolicySource policies, Clock clock) {
        this.calendar = calendar;
        this.policies = policies;
        this.clock = clock;
    }

    /** The calendar and the policies in force now, each read once. */
    public SlaSnapshot snapshot() {
        return new SlaSnapshot(calendar.current(), policies.current(), clock.instant());
    }

    /** One item's SLA now; for several, take one {@link #snapshot()} and evaluate each with it. */
    public SlaStatus now(TicketType type, Priority priority, SlaTimeline timeline) {
        return snapshot().evaluate(type, priority, timeline);
    }
}
