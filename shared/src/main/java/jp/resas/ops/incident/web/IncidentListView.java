package jp.resas.ops.incident.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.io.IOException;
import java.util.List;
import jp.resas.ops.incident.IncidentPage;
import jp.resas.ops.incident.PageCursor;
import jp.resas.ops.platform.web.ListJson;

@JsonSerialize(using = IncidentListView.Json.class)
record IncidentListView(List<IncidentView> items, String nextCursor) {

    static IncidentListView of(IncidentPage page) {
        return new IncidentListView(page.items().stream().map(IncidentView::of).toList(),
                page.next().map(PageCursor::encode).orElse(null));
    }

    /** The page written by hand: the same text as the bean serializer's ({@code IncidentListJsonTest}). */
    static final class Json extends ListJson<IncidentListView, IncidentView> {

        private static final SerializedString ID = name("id");
        private static final SerializedString TITLE = name("title");
        private static final SerializedString SEVERITY = name("severity");
        private static final SerializedString STATUS = name("status");
        private static final SerializedString SOURCE = name("source");
        private static final SerializedString ALARM_NAME = name("alarmName");
        private static final SerializedString ALARM_ARN = name("alarmArn");
        private static final SerializedString OCCURRENCES = name("occurrences");
        private static final SerializedString OPENED_AT = name("openedAt");
        private static final SerializedString RECOVERED_AT = name("recoveredAt");
        private static final SerializedString CLOSED_AT = name("closedAt");

        Json() {
            super(IncidentListView.class);
        }

        @Override
        protected List<IncidentView> items(IncidentListView list) {
            return list.items();
        }

        @Override
        protected String nextCursor(IncidentListView list) {
            return list.nextCursor();
        }

        @Override
        protected void item(IncidentView i, JsonGenerator json, SerializerProvider provider) throws IOException {
            number(json, ID, i.id());
            string(json, TITLE, i.title());
            number(json, SEVERITY, i.severity());
            string(json, STATUS, i.status());
            string(json, SOURCE, i.source());
            string(json, ALARM_NAME, i.alarmName());
            string(json, ALARM_ARN, i.alarmArn());
            number(json, OCCURRENCES, i.occurrences());
            instant(json, OPENED_AT, i.openedAt(), provider);
            instant(json, RECOVERED_AT, i.recoveredAt(), provider);
            instant(json, CLOSED_AT, i.closedAt(), provider);
        }
    }
}
