package jp.resas.ops.change.infrastructure;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import jp.resas.ops.change.ChangeRequestRules;
import jp.resas.ops.ticket.TicketRules;

@Factory
class ChangeRequestWiring {

    @Singleton
    @Named("change")
    TicketRules changeRules() {
        return ChangeRequestRules.RULES;
    }
}
