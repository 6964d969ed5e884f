package jp.resas.ops.workrequest;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.sla.PauseReason;
import jp.resas.ops.ticket.FieldSpec;
import jp.resas.ops.ticket.TicketKind;
import jp.resas.ops.ticket.TicketRules;

/**
 * 作業依頼: data investigation or extraction. A request that touches production data goes through
 * 承認待ち and may start only once an approver (not its requester) approved it; the result and what
 * was delivered must be written to finish it. Changing what was approved sends it back to 承認待ち.
 */
public final class WorkRequestRules {

    public static final String TOUCHES_PRODUCTION = "touchesProductionData";

    public static final TicketRules RULES = new TicketRules(TicketKind.WORK_REQUEST, "RECEIVED",
            Map.of("RECEIVED", Set.of("AWAITING_APPROVAL", "IN_PROGRESS", "CANCELLED"),
                    "AWAITING_APPROVAL", Set.of("CANCELLED"),
                    "APPROVED", Set.of("IN_PROGRESS", "CANCELLED", "AWAITING_APPROVAL"),
                    "IN_PROGRESS", Set.of("WAITING_FOR_REQUESTER", "DONE", "AWAITING_APPROVAL"),
                    "WAITING_FOR_REQUESTER", Set.of("IN_PROGRESS"),
                    "DONE", Set.of("CLOSED", "IN_PROGRESS")),
            Map.of("RECEIVED", "受付", "AWAITING_APPROVAL", "承認待ち", "APPROVED", "承認済", "REJECTED", "却下",
                    "IN_PROGRESS", "作業中", "WAITING_FOR_REQUESTER", "依頼者確認待ち", "DONE", "作業完了",
                    "CLOSED", "完了", "CANCELLED", "取下げ"),
            List.of(FieldSpec.choice("workType", true, "INVESTIGATION", "EXTRACTION", "OTHER"),
                    FieldSpec.text("description", 10000, true),
                    FieldSpec.choice(TOUCHES_PRODUCTION, true, "true", "false"),
                    FieldSpec.text("dataScope", 2000, false),
                    FieldSpec.text("result", 10000, false),
                    FieldSpec.text("deliverable", 2000, false)),
            Map.of("DONE", List.of("result", "deliverable")),
            Map.of("AWAITING_APPROVAL", PauseReason.WAITING_FOR_APPROVAL,
                    "WAITING_FOR_REQUESTER", PauseReason.WAITING_FOR_REQUESTER),
            Set.of("DONE"), Set.of("CLOSED", "REJECTED", "CANCELLED"),
            Optional.of(new TicketRules.ApprovalGate("AWAITING_APPROVAL", "APPROVED", "REJECTED",
                    Set.of("workType", "description", TOUCHES_PRODUCTION, "dataScope"))),
            WorkRequestRules::requireApprovalForProduction);

    private WorkRequestRules() {
    }

    /** Statuses in which the work is being done or has been done. */
    private static final Set<String> WORKING = Set.of("IN_PROGRESS", "WAITING_FOR_REQUESTER", "DONE", "CLOSED");

    /**
     * Reads the fields as they will be after the move, so flipping {@code touchesProductionData} inside
     * the same request that starts the work is caught; work on production data needs a standing approval.
     */
    private static void requireApprovalForProduction(jp.resas.ops.ticket.Ticket ticket, String to,
            Map<String, String> fields) {
        if (WORKING.contains(to) && "true".equals(fields.get(TOUCHES_PRODUCTION))
                && ticket.approvedContent().isEmpty()) {
            throw new ConflictException("APPROVAL_REQUIRED", "to", "本番データに触れる作業依頼は、承認者の承認を得てから"
                    + "開始してください (承認待ち → 承認済 → 作業中)。");
        }
    }
}
