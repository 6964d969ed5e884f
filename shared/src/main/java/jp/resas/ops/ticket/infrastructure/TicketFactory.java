package jp.resas.ops.ticket.infrastructure;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import jp.resas.ops.calendar.CalendarSource;
import jp.resas.ops.sla.SlaPolicies;
import jp.resas.ops.ticket.SlaEvaluation;

@Factory
class TicketFactory {

    /** The default policies until 主管課 agrees other numbers (see CALENDAR.md). */
    @Singleton
    SlaPolicies slaPolicies() {
        return SlaPolicies.defaults();
    }

    @Singleton
    SlaEvaluation slaEvaluation(CalendarSource calendar, SlaPolicies policies, Clock clock) {
        return new SlaEvaluation(calendar, policies, clock);
    }
}
