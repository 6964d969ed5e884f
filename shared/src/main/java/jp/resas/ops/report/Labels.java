package jp.resas.ops.report;

import java.util.Map;
import jp.resas.ops.change.ChangeRequestRules;
import jp.resas.ops.incident.IncidentSource;
import jp.resas.ops.incident.IncidentStatus;
import jp.resas.ops.inquiry.InquiryRules;
import jp.resas.ops.issue.IssueRules;
import jp.resas.ops.ticket.Ticket;
import jp.resas.ops.ticket.TicketKind;
import jp.resas.ops.workrequest.WorkRequestRules;

/** The Japanese words a report prints for the records' codes. */
final class Labels {

    private static final Map<IncidentStatus, String> INCIDENT_STATUS = Map.of(IncidentStatus.DETECTED, "検知",
            IncidentStatus.MITIGATED, "暫定対応済", IncidentStatus.ROOT_CAUSE_IDENTIFIED, "原因特定",
            IncidentStatus.RESOLVED, "解決", IncidentStatus.CLOSED, "完了");
    private static final Map<IncidentSource, String> SOURCE = Map.of(IncidentSource.ALARM, "アラーム",
            IncidentSource.MANUAL, "手動登録", IncidentSource.PIPELINE, "データ更新", IncidentSource.COLLECTOR, "収集",
            IncidentSource.BUDGET, "予算");
    static final Map<String, String> CHANNEL = Map.of("EMAIL", "メール", "PHONE", "電話", "PORTAL", "ポータル",
            "MEETING", "会議", "OTHER", "その他");
    static final Map<String, String> REQUESTER = Map.of("OWNER", "主管課", "CABINET", "内閣官房", "OTHER", "その他");
    private static final Map<String, String> PRIORITY = Map.of("CRITICAL", "緊急", "HIGH", "高", "MEDIUM", "中",
            "LOW", "低");

    private Labels() {
    }

    static String status(IncidentStatus status) {
        return INCIDENT_STATUS.get(status);
    }

    static String source(IncidentSource source) {
        return SOURCE.get(source);
    }

    static String severity(int severity) {
        return "Sev" + severity;
    }

    static String priority(Ticket ticket) {
        return PRIORITY.getOrDefault(ticket.priority().name(), ticket.priority().name());
    }

    static String status(Ticket ticket) {
        return switch (ticket.kind()) {
            case INQUIRY -> InquiryRules.RULES.label(ticket.status());
            case WORK_REQUEST -> WorkRequestRules.RULES.label(ticket.status());
            case CHANGE_REQUEST -> ChangeRequestRules.RULES.label(ticket.status());
            case ISSUE -> IssueRules.RULES.label(ticket.status());
        };
    }

    static String kind(TicketKind kind) {
        return kind.label();
    }

    static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
