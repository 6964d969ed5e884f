package jp.resas.ops.issue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.resas.ops.ticket.FieldSpec;
import jp.resas.ops.ticket.TicketKind;
import jp.resas.ops.ticket.TicketRules;

/**
 * 課題管理表: an issue, its owner (the assignee), due date, status and resolution; no SLA. {@code origin}
 * says where it came from, e.g. the meeting and action item whose approved minutes opened it.
 */
public final class IssueRules {

    public static final TicketRules RULES = new TicketRules(TicketKind.ISSUE, "OPEN",
            Map.of("OPEN", Set.of("IN_PROGRESS", "RESOLVED"),
                    "IN_PROGRESS", Set.of("OPEN", "RESOLVED"),
                    "RESOLVED", Set.of("CLOSED", "IN_PROGRESS")),
            Map.of("OPEN", "未着手", "IN_PROGRESS", "対応中", "RESOLVED", "解決済", "CLOSED", "完了"),
            List.of(FieldSpec.text("description", 10000, true), FieldSpec.text("resolution", 10000, false),
                    FieldSpec.text("origin", 300, false)),
            Map.of("RESOLVED", List.of("resolution")),
            Map.of(), Set.of("RESOLVED"), Set.of("CLOSED"), Optional.empty(), TicketRules.Guard.NONE);

    private IssueRules() {
    }
}
