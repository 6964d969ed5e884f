package jp.resas.ops.change;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.resas.ops.sla.PauseReason;
import jp.resas.ops.ticket.FieldSpec;
import jp.resas.ops.ticket.TicketKind;
import jp.resas.ops.ticket.TicketRules;

/**
 * 変更管理: draft → review → approved → implemented → verified → closed. Review needs the risk and
 * the rollback plan; only an approver other than the author approves; implementing records the
 * document and the version it produced.
 */
public final class ChangeRequestRules {

    public static final TicketRules RULES = new TicketRules(TicketKind.CHANGE_REQUEST, "DRAFT",
            Map.of("DRAFT", Set.of("REVIEW", "CANCELLED"),
                    "REVIEW", Set.of("DRAFT", "CANCELLED"),
                    "APPROVED", Set.of("IMPLEMENTED", "CANCELLED", "REVIEW"),
                    "IMPLEMENTED", Set.of("VERIFIED"),
                    "VERIFIED", Set.of("CLOSED")),
            Map.of("DRAFT", "起案", "REVIEW", "レビュー中", "APPROVED", "承認済", "REJECTED", "却下",
                    "IMPLEMENTED", "実施済", "VERIFIED", "確認済", "CLOSED", "完了", "CANCELLED", "取下げ"),
            List.of(FieldSpec.choice("changeKind", true, "DESIGN_DOCUMENT", "CONFIGURATION", "DATA"),
                    FieldSpec.text("target", 2000, true),
                    FieldSpec.text("reason", 10000, true),
                    FieldSpec.text("risk", 4000, false),
                    FieldSpec.text("rollbackPlan", 4000, false),
                    FieldSpec.text("document", 500, false),
                    FieldSpec.text("documentVersion", 100, false),
                    FieldSpec.text("implementationNote", 4000, false),
                    FieldSpec.text("verification", 4000, false)),
            Map.of("REVIEW", List.of("risk", "rollbackPlan"),
                    "IMPLEMENTED", List.of("document", "documentVersion"),
                    "VERIFIED", List.of("verification")),
            Map.of("REVIEW", PauseReason.WAITING_FOR_APPROVAL),
            Set.of("IMPLEMENTED"), Set.of("CLOSED", "REJECTED", "CANCELLED"),
            Optional.of(new TicketRules.ApprovalGate("REVIEW", "APPROVED", "REJECTED",
                    Set.of("changeKind", "target", "reason", "risk", "rollbackPlan"))),
            TicketRules.Guard.NONE);

    private ChangeRequestRules() {
    }
}
