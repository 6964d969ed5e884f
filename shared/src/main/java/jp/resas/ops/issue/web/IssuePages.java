package jp.resas.ops.issue.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.resas.ops.issue.IssueRules;
import jp.resas.ops.platform.web.Roles;
import jp.resas.ops.ticket.web.TicketPageKind;
import jp.resas.ops.ticket.web.TicketPageServices;
import jp.resas.ops.ticket.web.TicketPages;

/** The 課題管理表 pages: an issue, its owner (the assignee), due date, status and resolution. */
@Controller("/portal/issues")
@Secured(SecurityRule.IS_ANONYMOUS)
class IssuePages extends TicketPages {

    static final TicketPageKind KIND = new TicketPageKind(IssueRules.RULES, "issues", "課題",
            Map.of("description", "課題の内容", "resolution", "対応結果", "origin", "発生元（会議・アクション項目など）"),
            Map.of(), List.of("description", "origin"), List.of("resolution"), Map.of(),
            Set.of(Roles.OPERATOR, Roles.APPROVER, Roles.ADMIN));

    IssuePages(TicketPageServices services) {
        super(KIND, services);
    }
}
