package jp.resas.ops.workrequest.infrastructure;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import jp.resas.ops.workrequest.WorkRequestRules;
import jp.resas.ops.ticket.TicketRules;

@Factory
class WorkRequestWiring {

    @Singleton
    @Named("workrequest")
    TicketRules workrequestRules() {
        return WorkRequestRules.RULES;
    }
}
