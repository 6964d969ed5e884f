package jp.resas.ops.issue.infrastructure;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import jp.resas.ops.issue.IssueRules;
import jp.resas.ops.ticket.TicketRules;

@Factory
class IssueWiring {

    @Singleton
    @Named("issue")
    TicketRules issueRules() {
        return IssueRules.RULES;
    }
}
