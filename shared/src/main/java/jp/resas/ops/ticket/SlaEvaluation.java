package jp.resas.ops.ticket;

import java.time.Clock;
import jp.resas.ops.calendar.CalendarSource;
import jp.resas.ops.sla.Priority;
import jp.resas.ops.sla.SlaCalculator;
import jp.resas.ops.sla.SlaPolicySource;
import jp.resas.ops.sla.SlaStatus;
import jp.resas.ops.sla.SlaTimeline;
import jp.resas.ops.sla.TicketType;

/**
 * A ticket's SLA now, from its facts, the policy in force and the calendar in force. Nothing is
 * stored, so a changed calendar or policy recomputes every ticket's due times on the next read.
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

    public SlaStatus now(TicketType type, Priority priority, SlaTimeline timeline) {
        var at = clock.instant();
        return new SlaCalculator(calendar.current()).evaluate(policies.current().policyFor(type, priority), timeline,
                at.isBefore(timeline.createdAt()) ? timeline.createdAt() : at);
    }
}
