package jp.resas.ops.inquiry.web;

import io.micronaut.http.annotation.Controller;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.resas.ops.inquiry.InquiryRules;
import jp.resas.ops.platform.web.Roles;
import jp.resas.ops.ticket.web.TicketPageKind;
import jp.resas.ops.ticket.web.TicketPageServices;
import jp.resas.ops.ticket.web.TicketPages;

/** The 問合せ pages; everyone, a viewer too, may submit one and follow it ({@code ?mine=true}). */
@Controller("/portal/inquiries")
@Secured(SecurityRule.IS_ANONYMOUS)
class InquiryPages extends TicketPages {

    static final TicketPageKind KIND = new TicketPageKind(InquiryRules.RULES, "inquiries", "問合せ",
            Map.of("requesterKind", "問合せ元", "requesterName", "問合せ者の氏名・所属", "channel", "受付方法",
                    "body", "問合せ内容", "answer", "回答", "investigationReport", "調査報告"),
            Map.of("OWNER", "主管課", "CABINET", "内閣官房", "OTHER", "その他", "EMAIL", "メール", "PHONE", "電話",
                    "PORTAL", "ポータル", "MEETING", "会議"),
            List.of("requesterKind", "requesterName", "channel", "body"), List.of("answer", "investigationReport"),
            Map.of("requesterKind", "CABINET", "channel", "PORTAL"),
            Set.of(Roles.VIEWER, Roles.OPERATOR, Roles.APPROVER, Roles.ADMIN));

    InquiryPages(TicketPageServices services) {
        super(KIND, services);
    }
}
