package jp.resas.ops.ticket.infrastructure;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import jp.resas.ops.calendar.CalendarSource;
import jp.resas.ops.sla.SlaPolicySource;
import jp.resas.ops.ticket.SlaEvaluation;

@Factory
class TicketFactory {

    /** The policies come from {@code slaadmin} (administrators' changes over the defaults). */
    @Singleton
    SlaEvaluation slaEvaluation(CalendarSource calendar, SlaPolicySource policies, Clock clock) {
        return new SlaEvaluation(calendar, policies, clock);
    }
}
