package jp.resas.ops.inquiry;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.resas.ops.sla.PauseReason;
import jp.resas.ops.ticket.FieldSpec;
import jp.resas.ops.ticket.TicketKind;
import jp.resas.ops.ticket.TicketRules;

/**
 * 問合せ: 受付 → 調査中 → 回答済 → 完了, with a wait on the requester (the SLA clock stops) and a
 * follow-up question reopening an answered inquiry. The answer is required to mark it answered.
 */
public final class InquiryRules {

    public static final TicketRules RULES = new TicketRules(TicketKind.INQUIRY, "RECEIVED",
            Map.of("RECEIVED", Set.of("INVESTIGATING", "WAITING_FOR_REQUESTER", "ANSWERED"),
                    "INVESTIGATING", Set.of("WAITING_FOR_REQUESTER", "ANSWERED"),
                    "WAITING_FOR_REQUESTER", Set.of("INVESTIGATING", "ANSWERED"),
                    "ANSWERED", Set.of("CLOSED", "INVESTIGATING"),
                    "CLOSED", Set.of()),
            Map.of("RECEIVED", "受付", "INVESTIGATING", "調査中", "WAITING_FOR_REQUESTER", "依頼者回答待ち",
                    "ANSWERED", "回答済", "CLOSED", "完了"),
            List.of(FieldSpec.choice("requesterKind", true, "OWNER", "CABINET", "OTHER"),
                    FieldSpec.text("requesterName", 200, false),
                    FieldSpec.choice("channel", true, "EMAIL", "PHONE", "PORTAL", "MEETING", "OTHER"),
                    FieldSpec.text("body", 10000, true),
                    FieldSpec.text("answer", 10000, false),
                    FieldSpec.text("investigationReport", 20000, false)),
            Map.of("ANSWERED", List.of("answer")),
            Map.of("WAITING_FOR_REQUESTER", PauseReason.WAITING_FOR_REQUESTER),
            Set.of("ANSWERED"), Set.of("CLOSED"), Optional.empty(), TicketRules.Guard.NONE);

    private InquiryRules() {
    }
}
