package jp.resas.ops.platform.web;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.util.List;

/**
 * A list answer ({@code {"items":[…],"nextCursor":…}}) written by hand (see {@link ViewJson}); a subclass tells the
 * items and the cursor and writes one item's fields.
 */
public abstract class ListJson<L, T> extends ViewJson<L> {

    private static final SerializedString ITEMS = new SerializedString("items");
    private static final SerializedString NEXT_CURSOR = new SerializedString("nextCursor");

    protected ListJson(Class<L> type) {
        super(type);
    }

    /** The page's items. */
    protected abstract List<T> items(L list);

    /** The page's cursor, null on the last page. */
    protected abstract String nextCursor(L list);

    /** One item's fields, between the braces the caller writes. */
    protected abstract void item(T item, JsonGenerator json, SerializerProvider provider) throws IOException;

    @Override
    protected final void fields(L list, JsonGenerator json, SerializerProvider provider) throws IOException {
        json.writeFieldName(ITEMS);
        List<T> items = items(list);
        if (items == null) {
            json.writeNull();
        } else {
            json.writeStartArray(items, items.size());
            for (T item : items) {
                if (item == null) {
                    json.writeNull();
                } else {
                    json.writeStartObject(item);
                    item(item, json, provider);
                    json.writeEndObject();
                }
            }
            json.writeEndArray();
        }
        string(json, NEXT_CURSOR, nextCursor(list));
    }
}
