package jp.resas.ops.issue;

import jp.resas.ops.ticket.FieldSpec;
import jp.resas.ops.ticket.TicketKind;
import jp.resas.ops.ticket.TicketRules;

/**
 * 課題管理表: an issue, its owner (the assignee), due date, status and resolution; no SLA. {@code origin}
 * says where it came from, e.g. the meeting and action item whose approved minutes opened it.
 */
public final class IssueRules {

    public static final TicketRules RULES = TicketRules.of(TicketKind.ISSUE)
            .status("OPEN", "未着手").status("IN_PROGRESS", "対応中").status("RESOLVED", "解決済").status("CLOSED", "完了")
            .moves("OPEN", "IN_PROGRESS", "RESOLVED")
            .moves("IN_PROGRESS", "OPEN", "RESOLVED")
            .moves("RESOLVED", "CLOSED", "IN_PROGRESS")
            .field(FieldSpec.text("description", 10000, true))
            .field(FieldSpec.text("resolution", 10000, false))
            .field(FieldSpec.text("origin", 300, false))
            .requiredOnEntry("RESOLVED", "resolution")
            .resolving("RESOLVED").closing("CLOSED")
            .build();

    private IssueRules() {
    }
}
