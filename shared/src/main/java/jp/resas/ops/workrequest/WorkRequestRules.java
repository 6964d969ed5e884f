package jp.resas.ops.workrequest;

import java.util.Map;
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

    public static final TicketRules RULES = TicketRules.of(TicketKind.WORK_REQUEST)
            .status("RECEIVED", "受付").status("AWAITING_APPROVAL", "承認待ち").status("APPROVED", "承認済")
            .status("REJECTED", "却下").status("IN_PROGRESS", "作業中").status("WAITING_FOR_REQUESTER", "依頼者確認待ち")
            .status("DONE", "作業完了").status("CLOSED", "完了").status("CANCELLED", "取下げ")
            .moves("RECEIVED", "AWAITING_APPROVAL", "IN_PROGRESS", "CANCELLED")
            .moves("AWAITING_APPROVAL", "CANCELLED")
            .moves("APPROVED", "IN_PROGRESS", "CANCELLED", "AWAITING_APPROVAL")
            .moves("IN_PROGRESS", "WAITING_FOR_REQUESTER", "DONE", "AWAITING_APPROVAL")
            .moves("WAITING_FOR_REQUESTER", "IN_PROGRESS")
            .moves("DONE", "CLOSED", "IN_PROGRESS")
            .field(FieldSpec.choice("workType", true, "INVESTIGATION", "EXTRACTION", "OTHER"))
            .field(FieldSpec.text("description", 10000, true))
            .field(FieldSpec.choice(TOUCHES_PRODUCTION, true, "true", "false"))
            .field(FieldSpec.text("dataScope", 2000, false))
            .field(FieldSpec.text("result", 10000, false))
            .field(FieldSpec.text("deliverable", 2000, false))
            .requiredOnEntry("DONE", "result", "deliverable")
            .pauses("AWAITING_APPROVAL", PauseReason.WAITING_FOR_APPROVAL)
            .pauses("WAITING_FOR_REQUESTER", PauseReason.WAITING_FOR_REQUESTER)
            .resolving("DONE").closing("CLOSED", "REJECTED", "CANCELLED")
            .approvalGate("AWAITING_APPROVAL", "APPROVED", "REJECTED", "workType", "description", TOUCHES_PRODUCTION,
                    "dataScope")
            .guard(WorkRequestRules::requireApprovalForProduction)
            .build();

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
