package jp.resas.ops.ticket.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.IOException;
import java.time.Instant;
import jp.resas.ops.platform.web.ViewJson;
import jp.resas.ops.sla.SlaStatus;
import jp.resas.ops.ticket.DueTimes;
import jp.resas.ops.ticket.WorkItem;

/**
 * One line of a queue, ticket or incident: what to show and {@code href} to open it; {@code version}
 * is what an assignment or transition must send back; {@code sla} is null for the issue list;
 * {@code queueDueAt} is what the queue is ordered by, the earliest due time of a clock not met in time (null
 * when there is none: no SLA, both met, or the clock paused).
 */
@JsonSerialize(using = QueueItemView.Json.class)
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

    /** One line written by hand: the same text as the bean serializer's ({@code QueueItemJsonTest}). */
    static final class Json extends ViewJson<QueueItemView> {

        private static final SerializedString KIND = name("kind");
        private static final SerializedString ID = name("id");
        private static final SerializedString TITLE = name("title");
        private static final SerializedString PRIORITY = name("priority");
        private static final SerializedString STATUS = name("status");
        private static final SerializedString STATUS_LABEL = name("statusLabel");
        private static final SerializedString REQUESTER = name("requester");
        private static final SerializedString ASSIGNEE = name("assignee");
        private static final SerializedString CREATED_AT = name("createdAt");
        private static final SerializedString VERSION = name("version");
        private static final SerializedString SLA = name("sla");
        private static final SerializedString QUEUE_DUE_AT = name("queueDueAt");
        private static final SerializedString HREF = name("href");

        Json() {
            super(QueueItemView.class);
        }

        @Override
        protected void fields(QueueItemView q, JsonGenerator json, SerializerProvider provider) throws IOException {
            string(json, KIND, q.kind());
            number(json, ID, q.id());
            string(json, TITLE, q.title());
            string(json, PRIORITY, q.priority());
            string(json, STATUS, q.status());
            string(json, STATUS_LABEL, q.statusLabel());
            string(json, REQUESTER, q.requester());
            string(json, ASSIGNEE, q.assignee());
            instant(json, CREATED_AT, q.createdAt(), provider);
            number(json, VERSION, q.version());
            SlaViewJson.write(this, json, SLA, q.sla(), provider);
            instant(json, QUEUE_DUE_AT, q.queueDueAt(), provider);
            string(json, HREF, q.href());
        }
    }
}
