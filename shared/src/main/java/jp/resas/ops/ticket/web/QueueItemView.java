package jp.resas.ops.ticket.web;

import java.time.Instant;
import jp.resas.ops.sla.SlaStatus;
import jp.resas.ops.ticket.DueTimes;
import jp.resas.ops.ticket.WorkItem;

/**
 * One line of a queue, ticket or incident: what to show and {@code href} to open it; {@code version}
 * is what an assignment or transition must send back; {@code sla} is null for the issue list;
 * {@code queueDueAt} is what the queue is ordered by, the earliest due time of a clock not met in time (null
 * when there is none: no SLA, both met, or the clock paused).
 */
public record QueueItemView(String kind, long id, String title, String priority, String status, String statusLabel,
        String requester, String assignee, Instant createdAt, long version, SlaView sla, Instant queueDueAt,
        String href) {

    static QueueItemView of(WorkItem w, SlaStatus sla) {
        Instant due = w.position().due();
        return new QueueItemView(w.kind(), w.id(), w.title(), w.priority().name(), w.status(), w.statusLabel(),
                w.requester(), w.assignee(), w.createdAt(), w.version(), sla == null ? null : SlaView.of(sla),
                due.equals(DueTimes.NO_DUE) ? null : due, path(w.kind()) + "/" + w.id());
    }

    private static String path(String kind) {
        return switch (kind) {
            case "INCIDENT" -> "/incidents";
            case "INQUIRY" -> "/inquiries";
            case "WORK_REQUEST" -> "/work-requests";
            case "CHANGE_REQUEST" -> "/change-requests";
            case "ISSUE" -> "/issues";
            default -> throw new IllegalArgumentException("no endpoint for " + kind);
        };
    }
}
