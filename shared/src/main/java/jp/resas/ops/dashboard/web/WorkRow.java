package jp.resas.ops.dashboard.web;

import jp.resas.ops.portal.web.Jst;
import jp.resas.ops.ticket.QueueItem;
import jp.resas.ops.ticket.WorkItem;

/** One line of open work on a page: what, where it stands, who has it, when its SLA runs out, and its page. */
public record WorkRow(String kindLabel, long id, String title, String statusLabel, String assignee, String due,
        String slaLabel, String href) {

    public static WorkRow of(QueueItem queued) {
        WorkItem w = queued.item();
        String due = queued.sla().flatMap(s -> s.resolution().dueAt()).map(Jst::at).orElse("");
        String sla = queued.sla().map(s -> switch (s.overall()) {
            case BREACHED -> "超過";
            case WARNING -> "期限間近";
            case PAUSED -> "停止中";
            case MET -> "達成";
            default -> "期限内";
        }).orElse("");
        return new WorkRow(kind(w.kind()), w.id(), w.title(), w.statusLabel(), w.assignee() == null ? "未割当" : w.assignee(),
                due, sla, href(w.kind(), w.id()));
    }

    static String kind(String kind) {
        return switch (kind) {
            case "INCIDENT" -> "障害";
            case "INQUIRY" -> "問合せ";
            case "WORK_REQUEST" -> "作業依頼";
            case "CHANGE_REQUEST" -> "変更要求";
            case "ISSUE" -> "課題";
            default -> kind;
        };
    }

    /** The portal page of an item, or null while its kind has none. */
    static String href(String kind, long id) {
        return switch (kind) {
            case "INCIDENT" -> "/portal/incidents/" + id;
            case "INQUIRY" -> "/portal/inquiries/" + id;
            case "WORK_REQUEST" -> "/portal/work-requests/" + id;
            case "CHANGE_REQUEST" -> "/portal/change-requests/" + id;
            case "ISSUE" -> "/portal/issues/" + id;
            default -> null;
        };
    }
}
