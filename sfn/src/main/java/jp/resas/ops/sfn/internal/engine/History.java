package jp.resas.ops.sfn.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.resas.ops.sfn.HistoryEvent;
import jp.resas.ops.sfn.Json;
import jp.resas.ops.sfn.SfnClock;
import jp.resas.ops.sfn.StatesError;

/**
 * The events of one execution, appended in order; readers get snapshots. A state's entered and exited
 * events keep the state's name and its input or output as they are and build their JSON details only
 * when a reader first asks (a loop of a million transitions builds none until then).
 */
public final class History {

    private final List<Entry> events = new ArrayList<>();
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
        events.add(new Entry(id, previous, type, clock.now(), details, null, null, null));
        return id;
    }

    /**
     * Appends a state's entered or exited event after the last one, at {@code at}: details
     * {@code {"name": name, key: value}} (no {@code key} when {@code value} is null), built when read.
     */
    synchronized long addState(String type, Instant at, String name, String key, JsonNode value) {
        long id = base + events.size() + 1L;
        events.add(new Entry(id, id - 1, type, at, null, name, key, value));
        return id;
    }

    public synchronized long lastId() {
        return base + events.size();
    }

    SfnClock clock() {
        return clock;
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
        List<Entry> theirs;
        synchronized (fork) {
            theirs = List.copyOf(fork.events);
        }
        for (Entry e : theirs) {
            long previous = e.previous >= fork.base ? e.previous + shift : e.previous;
            events.add(new Entry(e.id + shift, previous, e.type, e.timestamp, e.details, e.name, e.key, e.value));
        }
        return shift;
    }

    /** The fork point's id: events numbered above it were made in the fork. */
    long base() {
        return base;
    }

    public synchronized List<HistoryEvent> snapshot() {
        List<HistoryEvent> copy = new ArrayList<>(events.size());
        for (Entry e : events) {
            copy.add(e.event());
        }
        return List.copyOf(copy);
    }

    /** One recorded event; a state event's details are built (once) when first read. */
    private static final class Entry {
        final long id;
        final long previous;
        final String type;
        final Instant timestamp;
        final ObjectNode details;
        final String name;
        final String key;
        final JsonNode value;
        private HistoryEvent event;

        Entry(long id, long previous, String type, Instant timestamp, ObjectNode details, String name, String key,
              JsonNode value) {
            this.id = id;
            this.previous = previous;
            this.type = type;
            this.timestamp = timestamp;
            this.details = details;
            this.name = name;
            this.key = key;
            this.value = value;
        }

        HistoryEvent event() {
            if (event == null) {
                event = new HistoryEvent(id, previous, type, timestamp,
                        details != null ? details : History.details("name", name, key, value));
            }
            return event;
        }
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
