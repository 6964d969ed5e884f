package jp.resas.ops.dashboard.web;

import java.util.List;
import jp.resas.ops.portal.web.Html;
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

    /**
     * The row as the dashboard's table shows it, escaped as {@code th:text} escapes (built once in Java: four
     * queues of 50 rows were most of the dashboard's template work).
     */
    public String html() {
        String titleCell = href == null ? "<span>" + Html.text(title) + "</span>"
                : "<a href=\"" + Html.text(href) + "\">" + Html.text(title) + "</a>";
        String tag = switch (slaLabel) {
            case "" -> "";
            case "超過" -> "<span class=\"tag tag-error\">" + Html.text(slaLabel) + "</span>";
            case "期限間近" -> "<span class=\"tag tag-warning\">" + Html.text(slaLabel) + "</span>";
            default -> "<span class=\"tag\">" + Html.text(slaLabel) + "</span>";
        };
        return "<tr><td>" + Html.text(kindLabel) + " #" + id + "</td><td>" + titleCell + "</td><td>"
                + Html.text(statusLabel) + "</td><td>" + Html.text(assignee) + "</td><td>" + Html.text(due)
                + "</td><td>" + tag + "</td></tr>\n";
    }

    /** A queue's rows on a page: the rows and their HTML, built once. */
    public record Table(List<WorkRow> rows) {

        public boolean isEmpty() {
            return rows.isEmpty();
        }

        public String rowsHtml() {
            StringBuilder html = new StringBuilder(rows.size() * 320);
            rows.forEach(row -> html.append(row.html()));
            return html.toString();
        }
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
