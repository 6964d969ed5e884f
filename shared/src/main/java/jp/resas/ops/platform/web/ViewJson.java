package jp.resas.ops.platform.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A view written field by field instead of through Jackson's bean serializer, which reads every property of every
 * item by reflection: on a 50-item page of the hot lists (incidents, tickets, queues) that was the largest part of
 * the server's per-item CPU (issue 18). The text must be the bean serializer's own: record components in their
 * order, every null written ({@code serialization-inclusion: always}), instants and dates through the mapper's own
 * serializers for them. Each subclass has a test comparing it with the bean serializer over varied rows.
 */
public abstract class ViewJson<T> extends StdSerializer<T> implements ResolvableSerializer {

    private JsonSerializer<Object> instants;
    private JsonSerializer<Object> dates;

    protected ViewJson(Class<T> type) {
        super(type);
    }

    @Override
    public void resolve(SerializerProvider provider) throws JsonMappingException {
        instants = provider.findValueSerializer(Instant.class);
        dates = provider.findValueSerializer(LocalDate.class);
    }

    @Override
    public final void serialize(T value, JsonGenerator json, SerializerProvider provider) throws IOException {
        if (instants == null) {
            resolve(provider);
        }
        json.writeStartObject(value);
        fields(value, json, provider);
        json.writeEndObject();
    }

    /** The value's fields, between the braces {@link #serialize} writes. */
    protected abstract void fields(T value, JsonGenerator json, SerializerProvider provider) throws IOException;

    public static void string(JsonGenerator json, SerializedString name, String value) throws IOException {
        json.writeFieldName(name);
        if (value == null) {
            json.writeNull();
        } else {
            json.writeString(value);
        }
    }

    public static void number(JsonGenerator json, SerializedString name, long value) throws IOException {
        json.writeFieldName(name);
        json.writeNumber(value);
    }

    public static void number(JsonGenerator json, SerializedString name, int value) throws IOException {
        json.writeFieldName(name);
        json.writeNumber(value);
    }

    public static void bool(JsonGenerator json, SerializedString name, boolean value) throws IOException {
        json.writeFieldName(name);
        json.writeBoolean(value);
    }

    public final void instant(JsonGenerator json, SerializedString name, Instant value, SerializerProvider provider)
            throws IOException {
        json.writeFieldName(name);
        if (value == null) {
            json.writeNull();
        } else {
            instants.serialize(value, json, provider);
        }
    }

    public final void date(JsonGenerator json, SerializedString name, LocalDate value, SerializerProvider provider)
            throws IOException {
        json.writeFieldName(name);
        if (value == null) {
            json.writeNull();
        } else {
            dates.serialize(value, json, provider);
        }
    }

    /** A map of texts in its own order, as Jackson's map serializer writes it (null values written as null). */
    public static void texts(JsonGenerator json, SerializedString name, Map<String, String> value)
            throws IOException {
        json.writeFieldName(name);
        if (value == null) {
            json.writeNull();
            return;
        }
        json.writeStartObject(value);
        for (Map.Entry<String, String> entry : value.entrySet()) {
            json.writeFieldName(entry.getKey());
            if (entry.getValue() == null) {
                json.writeNull();
            } else {
                json.writeString(entry.getValue());
            }
        }
        json.writeEndObject();
    }

    /** A field name written once as UTF-8 and reused. */
    public static SerializedString name(String name) {
        return new SerializedString(name);
    }
}
