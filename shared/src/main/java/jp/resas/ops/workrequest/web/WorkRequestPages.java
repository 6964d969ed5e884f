package jp.resas.ops.workrequest.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.resas.ops.platform.web.Roles;
import jp.resas.ops.ticket.web.TicketPageKind;
import jp.resas.ops.ticket.web.TicketPageServices;
import jp.resas.ops.ticket.web.TicketPages;
import jp.resas.ops.workrequest.WorkRequestRules;

/** The 作業依頼 pages: the result and what was delivered are written to finish one; production data needs approval. */
@Controller("/portal/work-requests")
@Secured(SecurityRule.IS_ANONYMOUS)
class WorkRequestPages extends TicketPages {

    static final TicketPageKind KIND = new TicketPageKind(WorkRequestRules.RULES, "work-requests", "作業依頼",
            Map.of("workType", "作業の種類", "description", "依頼内容", WorkRequestRules.TOUCHES_PRODUCTION,
                    "本番データに触れるか", "dataScope", "対象データの範囲", "result", "作業結果", "deliverable",
                    "納品物（何をどこに納めたか）"),
            Map.of("INVESTIGATION", "調査", "EXTRACTION", "データ抽出", "OTHER", "その他", "true", "触れる（承認が必要）",
                    "false", "触れない"),
            List.of("workType", "description", WorkRequestRules.TOUCHES_PRODUCTION, "dataScope"),
            List.of("result", "deliverable"), Map.of("workType", "INVESTIGATION"),
            Set.of(Roles.OPERATOR, Roles.APPROVER, Roles.ADMIN));

    WorkRequestPages(TicketPageServices services) {
        super(KIND, services);
    }
}
