package jp.resas.ops.change.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.resas.ops.change.ChangeRequestRules;
import jp.resas.ops.platform.web.Roles;
import jp.resas.ops.ticket.web.TicketPageKind;
import jp.resas.ops.ticket.web.TicketPageServices;
import jp.resas.ops.ticket.web.TicketPages;

/** The 変更要求 pages: review needs the risk and the rollback plan; an approver other than the author decides. */
@Controller("/portal/change-requests")
@Secured(SecurityRule.IS_ANONYMOUS)
class ChangeRequestPages extends TicketPages {

    static final TicketPageKind KIND = new TicketPageKind(ChangeRequestRules.RULES, "change-requests", "変更要求",
            Map.of("changeKind", "変更の種類", "target", "変更対象", "reason", "変更理由", "risk", "リスク",
                    "rollbackPlan", "切り戻し手順", "document", "文書", "documentVersion", "文書の版",
                    "implementationNote", "実施記録", "verification", "確認結果"),
            Map.of("DESIGN_DOCUMENT", "設計書", "CONFIGURATION", "設定", "DATA", "データ"),
            List.of("changeKind", "target", "reason"),
            List.of("risk", "rollbackPlan", "document", "documentVersion", "implementationNote", "verification"),
            Map.of(), Set.of(Roles.OPERATOR, Roles.APPROVER, Roles.ADMIN));

    ChangeRequestPages(TicketPageServices services) {
        super(KIND, services);
    }
}
