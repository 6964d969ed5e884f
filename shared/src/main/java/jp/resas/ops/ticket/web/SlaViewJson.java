package jp.resas.ops.ticket.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import jp.resas.ops.platform.web.ViewJson;

/** A ticket's or queue item's {@link SlaView} written by hand inside its item, as the bean serializer wrote it. */
final class SlaViewJson {

    private static final SerializedString STATE = ViewJson.name("state");
    private static final SerializedString PAUSED = ViewJson.name("paused");
    private static final SerializedString BREACHED = ViewJson.name("breached");
    private static final SerializedString FIRST_RESPONSE = ViewJson.name("firstResponse");
    private static final SerializedString RESOLUTION = ViewJson.name("resolution");
    private static final SerializedString TARGET_MINUTES = ViewJson.name("targetMinutes");
    private static final SerializedString ELAPSED_MINUTES = ViewJson.name("elapsedMinutes");
    private static final SerializedString REMAINING_MINUTES = ViewJson.name("remainingMinutes");
    private static final SerializedString WARNING_AT = ViewJson.name("warningAt");
    private static final SerializedString DUE_AT = ViewJson.name("dueAt");

    private SlaViewJson() {
    }

    static void write(ViewJson<?> writer, JsonGenerator json, SerializedString name, SlaView sla,
            SerializerProvider provider) throws IOException {
        json.writeFieldName(name);
        if (sla == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject(sla);
        ViewJson.string(json, STATE, sla.state());
        ViewJson.bool(json, PAUSED, sla.paused());
        ViewJson.bool(json, BREACHED, sla.breached());
        clock(writer, json, FIRST_RESPONSE, sla.firstResponse(), provider);
        clock(writer, json, RESOLUTION, sla.resolution(), provider);
        json.writeEndObject();
    }

    private static void clock(ViewJson<?> writer, JsonGenerator json, SerializedString name, SlaView.Clock clock,
            SerializerProvider provider) throws IOException {
        json.writeFieldName(name);
        if (clock == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject(clock);
        ViewJson.string(json, STATE, clock.state());
        ViewJson.number(json, TARGET_MINUTES, clock.targetMinutes());
        ViewJson.number(json, ELAPSED_MINUTES, clock.elapsedMinutes());
        ViewJson.number(json, REMAINING_MINUTES, clock.remainingMinutes());
        writer.instant(json, WARNING_AT, clock.warningAt(), provider);
        writer.instant(json, DUE_AT, clock.dueAt(), provider);
        json.writeEndObject();
    }
}
