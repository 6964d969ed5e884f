package jp.resas.ops.sfn.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.resas.ops.sfn.HistoryEvent;
import jp.resas.ops.sfn.Json;
import jp.resas.ops.sfn.SfnClock;
import jp.resas.ops.sfn.StatesError;

/** The events of one execution, appended in order; readers get snapshots. */
public final class History {

    private final List<HistoryEvent> events = new ArrayList<>();
    private final SfnClock clock;
    /** The parent's last id when this history was forked from it (0 for an execution's own history). */
    private final long base;

    public History(SfnClock clock) {
        this(clock, 0);
    }

    private History(SfnClock clock, long base) {
        this.clock = clock;
        this.base = base;
    }

    /** Appends an event and returns its id. */
    public synchronized long add(String type, long previous, ObjectNode details) {
        long id = base + events.size() + 1L;
        events.add(new HistoryEvent(id, previous, type, clock.now(), details));
        return id;
    }

    public synchronized long lastId() {
        return base + events.size();
    }

    /**
     * A history of its own for a branch or Map iteration that runs beside others: its ids go on from
     * this history's last id, as if it ran alone; {@link #append} later renumbers them.
     */
    synchronized History fork() {
        return new History(clock, lastId());
    }

    /**
     * Appends the events of {@code fork} after this history's current last event, renumbered as if
     * the branch had started there (events pointing before the fork keep their ids); answers by how
     * much the ids moved.
     */
    synchronized long append(History fork) {
        long shift = lastId() - fork.base;
        for (HistoryEvent e : fork.snapshot()) {
            long previous = e.previousEventId() >= fork.base ? e.previousEventId() + shift : e.previousEventId();
            events.add(new HistoryEvent(e.id() + shift, previous, e.type(), e.timestamp(), e.details()));
        }
        return shift;
    }

    /** The fork point's id: events numbered above it were made in the fork. */
    long base() {
        return base;
    }

    public synchronized List<HistoryEvent> snapshot() {
        return List.copyOf(events);
    }

    /**
     * A branch's failure after its events were appended {@code shift} ids later: the event id a runtime
     * error names ("entered at the event id #N") moves with them, as when branches run one after another.
     */
    static RuntimeException renumbered(RuntimeException failure, long base, long shift) {
        if (shift == 0 || !(failure instanceof StatesError e) || e.cause() == null) {
            return failure;
        }
        Matcher m = ENTERED_AT.matcher(e.cause());
        StringBuilder cause = new StringBuilder();
        while (m.find()) {
            long id = Long.parseLong(m.group(1));
            m.appendReplacement(cause, "(entered at the event id #" + (id > base ? id + shift : id) + ")");
        }
        m.appendTail(cause);
        return new StatesError(e.error(), cause.toString());
    }

    private static final Pattern ENTERED_AT = Pattern.compile("\\(entered at the event id #(\\d+)\\)");

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
