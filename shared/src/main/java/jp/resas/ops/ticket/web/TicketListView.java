package jp.resas.ops.ticket.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.IOException;
import java.util.List;
import jp.resas.ops.platform.web.ListJson;

/** A page of tickets; {@code nextCursor} is null on the last page. */
@JsonSerialize(using = TicketListView.Json.class)
public record TicketListView(List<TicketView> items, String nextCursor) {

    /** The page written by hand: the same text as the bean serializer's ({@code TicketListJsonTest}). */
    static final class Json extends ListJson<TicketListView, TicketView> {

        private static final SerializedString ID = name("id");
        private static final SerializedString KEY = name("key");
        private static final SerializedString KIND = name("kind");
        private static final SerializedString TITLE = name("title");
        private static final SerializedString PRIORITY = name("priority");
        private static final SerializedString STATUS = name("status");
        private static final SerializedString STATUS_LABEL = name("statusLabel");
        private static final SerializedString REQUESTER = name("requester");
        private static final SerializedString ASSIGNEE = name("assignee");
        private static final SerializedString DUE_DATE = name("dueDate");
        private static final SerializedString FIELDS = name("fields");
        private static final SerializedString CREATED_AT = name("createdAt");
        private static final SerializedString FIRST_RESPONDED_AT = name("firstRespondedAt");
        private static final SerializedString RESOLVED_AT = name("resolvedAt");
        private static final SerializedString CLOSED_AT = name("closedAt");
        private static final SerializedString VERSION = name("version");
        private static final SerializedString SLA = name("sla");

        Json() {
            super(TicketListView.class);
        }

        @Override
        protected List<TicketView> items(TicketListView list) {
            return list.items();
        }

        @Override
        protected String nextCursor(TicketListView list) {
            return list.nextCursor();
        }

        @Override
        protected void item(TicketView t, JsonGenerator json, SerializerProvider provider) throws IOException {
            number(json, ID, t.id());
            string(json, KEY, t.key());
            string(json, KIND, t.kind());
            string(json, TITLE, t.title());
            string(json, PRIORITY, t.priority());
            string(json, STATUS, t.status());
            string(json, STATUS_LABEL, t.statusLabel());
            string(json, REQUESTER, t.requester());
            string(json, ASSIGNEE, t.assignee());
            date(json, DUE_DATE, t.dueDate(), provider);
            texts(json, FIELDS, t.fields());
            instant(json, CREATED_AT, t.createdAt(), provider);
            instant(json, FIRST_RESPONDED_AT, t.firstRespondedAt(), provider);
            instant(json, RESOLVED_AT, t.resolvedAt(), provider);
            instant(json, CLOSED_AT, t.closedAt(), provider);
            number(json, VERSION, t.version());
            SlaViewJson.write(this, json, SLA, t.sla(), provider);
        }
    }
}
