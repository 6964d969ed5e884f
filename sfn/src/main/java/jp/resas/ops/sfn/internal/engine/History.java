package jp.resas.ops.sfn.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import jp.resas.ops.sfn.HistoryEvent;
import jp.resas.ops.sfn.Json;
import jp.resas.ops.sfn.SfnClock;

/** The events of one execution, appended in order; readers get snapshots. */
public final class History {

    private final List<HistoryEvent> events = new ArrayList<>();
    private final SfnClock clock;

    public History(SfnClock clock) {
        this.clock = clock;
    }

    /** Appends an event and returns its id. */
    public synchronized long add(String type, long previous, ObjectNode details) {
        long id = events.size() + 1L;
        events.add(new HistoryEvent(id, previous, type, clock.now(), details));
        return id;
    }

    public synchronized long lastId() {
        return events.size();
    }

    public synchronized List<HistoryEvent> snapshot() {
        return List.copyOf(events);
    }

    static ObjectNode details(String k1, JsonNode v1) {
        ObjectNode o = Json.object();
        if (v1 != null) {
            o.set(k1, v1);
        }
        return o;
    }

    static ObjectNode details(String k1, String v1, String k2, JsonNode v2) {
        ObjectNode o = Json.object();
        o.put(k1, v1);
        if (v2 != null) {
            o.set(k2, v2);
        }
        return o;
    }

    static ObjectNode error(String error, String cause) {
        ObjectNode o = Json.object();
        if (error != null) {
            o.put("error", error);
        }
        if (cause != null) {
            o.put("cause", cause);
        }
        return o;
    }
}
