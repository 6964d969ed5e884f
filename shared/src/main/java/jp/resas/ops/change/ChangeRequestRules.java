package jp.resas.ops.change;

import jp.resas.ops.sla.PauseReason;
import jp.resas.ops.ticket.FieldSpec;
import jp.resas.ops.ticket.TicketAction;
import jp.resas.ops.ticket.TicketKind;
import jp.resas.ops.ticket.TicketRules;
import jp.resas.ops.ticket.Who;

/**
 * 変更管理: draft → review → approved → implemented → verified → closed. Review needs the risk and
 * the rollback plan; only an approver other than the author approves; implementing records the
 * document and the version it produced.
 */
public final class ChangeRequestRules {

    public static final TicketRules RULES = TicketRules.of(TicketKind.CHANGE_REQUEST)
            .status("DRAFT", "起案").status("REVIEW", "レビュー中").status("APPROVED", "承認済").status("REJECTED", "却下")
            .status("IMPLEMENTED", "実施済").status("VERIFIED", "確認済").status("CLOSED", "完了")
            .status("CANCELLED", "取下げ")
            .moves("DRAFT", "REVIEW", "CANCELLED")
            .moves("REVIEW", "DRAFT", "CANCELLED")
            .moves("APPROVED", "IMPLEMENTED", "CANCELLED", "REVIEW")
            .moves("IMPLEMENTED", "VERIFIED")
            .moves("VERIFIED", "CLOSED")
            .field(FieldSpec.choice("changeKind", true, "DESIGN_DOCUMENT", "CONFIGURATION", "DATA"))
            .field(FieldSpec.text("target", 2000, true))
            .field(FieldSpec.text("reason", 10000, true))
            .field(FieldSpec.text("risk", 4000, false))
            .field(FieldSpec.text("rollbackPlan", 4000, false))
            .field(FieldSpec.text("document", 500, false))
            .field(FieldSpec.text("documentVersion", 100, false))
            .field(FieldSpec.text("implementationNote", 4000, false))
            .field(FieldSpec.text("verification", 4000, false))
            .requiredOnEntry("REVIEW", "risk", "rollbackPlan")
            .requiredOnEntry("IMPLEMENTED", "document", "documentVersion")
            .requiredOnEntry("VERIFIED", "verification")
            .pauses("REVIEW", PauseReason.WAITING_FOR_APPROVAL)
            .resolving("IMPLEMENTED").closing("CLOSED", "REJECTED", "CANCELLED")
            .approvalGate("REVIEW", "APPROVED", "REJECTED", "changeKind", "target", "reason", "risk", "rollbackPlan")
            // A change is drafted by those who will carry it out.
            .may(TicketAction.OPEN, Who.OPERATORS)
            .build();

    private ChangeRequestRules() {
    }
}
