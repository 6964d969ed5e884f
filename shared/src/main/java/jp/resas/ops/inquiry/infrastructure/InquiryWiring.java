package jp.resas.ops.inquiry.infrastructure;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import jp.resas.ops.inquiry.InquiryRules;
import jp.resas.ops.ticket.TicketRules;

@Factory
class InquiryWiring {

    @Singleton
    @Named("inquiry")
    TicketRules inquiryRules() {
        return InquiryRules.RULES;
    }
}
