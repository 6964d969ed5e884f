package jp.resas.ops.inquiry;

import jp.resas.ops.sla.PauseReason;
import jp.resas.ops.ticket.FieldSpec;
import jp.resas.ops.ticket.TicketAction;
import jp.resas.ops.ticket.TicketKind;
import jp.resas.ops.ticket.TicketRules;
import jp.resas.ops.ticket.Who;

/**
 * 問合せ: 受付 → 調査中 → 回答済 → 完了, with a wait on the requester (the SLA clock stops) and a
 * follow-up question reopening an answered inquiry. The answer is required to mark it answered.
 */
public final class InquiryRules {

    public static final TicketRules RULES = TicketRules.of(TicketKind.INQUIRY)
            .status("RECEIVED", "受付").status("INVESTIGATING", "調査中")
            .status("WAITING_FOR_REQUESTER", "依頼者回答待ち").status("ANSWERED", "回答済").status("CLOSED", "完了")
            .moves("RECEIVED", "INVESTIGATING", "WAITING_FOR_REQUESTER", "ANSWERED")
            .moves("INVESTIGATING", "WAITING_FOR_REQUESTER", "ANSWERED")
            .moves("WAITING_FOR_REQUESTER", "INVESTIGATING", "ANSWERED")
            .moves("ANSWERED", "CLOSED", "INVESTIGATING")
            .moves("CLOSED")
            .field(FieldSpec.choice("requesterKind", true, "OWNER", "CABINET", "OTHER"))
            .field(FieldSpec.text("requesterName", 200, false))
            .field(FieldSpec.choice("channel", true, "EMAIL", "PHONE", "PORTAL", "MEETING", "OTHER"))
            .field(FieldSpec.text("body", 10000, true))
            .field(FieldSpec.text("answer", 10000, false))
            .field(FieldSpec.text("investigationReport", 20000, false))
            .requiredOnEntry("ANSWERED", "answer")
            .pauses("WAITING_FOR_REQUESTER", PauseReason.WAITING_FOR_REQUESTER)
            .resolving("ANSWERED").closing("CLOSED")
            // A viewer (the owner ministry, the Cabinet Office) raises an inquiry and follows it up.
            .may(TicketAction.OPEN, Who.EVERYONE).may(TicketAction.COMMENT, Who.EVERYONE)
            .build();

    private InquiryRules() {
    }
}
