package jp.resas.ops.sfn.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import jp.resas.ops.sfn.Json;
import jp.resas.ops.sfn.StatesError;
import jp.resas.ops.sfn.internal.asl.PathEvaluationException;
import jp.resas.ops.sfn.internal.asl.State;
import jp.resas.ops.sfn.internal.jsonpath.PathNotFoundException;

/**
 * Map states, inline and distributed. Distributed maps run inline too: each item runs in a child
 * history (the service runs child executions), and tolerated failures apply.
 */
final class MapRunner {

    private final Interpreter in;

    MapRunner(Interpreter in) {
        this.in = in;
    }

    Interpreter.Step run(State.Map m, JsonNode raw, Frame frame) {
        return Retrying.run(in, m.common(), m.retry(), m.catchers(), raw, frame, retry -> once(m, raw, frame));
    }

    private JsonNode once(State.Map m, JsonNode raw, Frame frame) {
        State.Common c = m.common();
        History history = in.run().history();
        JsonNode effective = c.jsonata() ? raw : Io.inputPath(c, raw, frame);
        MapSettings.maxConcurrency(in, m, effective, frame);
        List<JsonNode> items = MapItems.batch(in, m, items(m, effective, frame), effective, frame);
        ObjectNode started = Json.object();
        started.put("length", items.size());
        history.add("MapStateStarted", history.lastId(), started);
        MapSettings.Limits limits = MapSettings.limits(in, m, effective, frame);
        if (m.distributed()) {
            history.add("MapRunStarted", history.lastId(), Json.object());
        }
        ArrayNode results = Json.array();
        List<JsonNode> failed = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode input = select(m, i, items.get(i), effective, frame);
            try {
                results.add(iterate(m, i, input, frame));
            } catch (StatesError e) {
                if (!m.distributed()) {
                    throw e;
                }
                failed.add(Retrying.errorOutput(e));
                if (limits.exceeded(failed.size(), items.size())) {
                    history.add("MapRunFailed", history.lastId(), History.error(
                            StatesError.EXCEED_TOLERATED_FAILURE_THRESHOLD, "The specified tolerated failure threshold "
                                    + "was exceeded"));
                    throw new StatesError(StatesError.EXCEED_TOLERATED_FAILURE_THRESHOLD,
                            "The specified tolerated failure threshold was exceeded");
                }
                results.add(Retrying.errorOutput(e));
            }
        }
        if (m.distributed()) {
            history.add("MapRunSucceeded", history.lastId(), Json.object());
        }
        history.add("MapStateSucceeded", history.lastId(), Json.object());
        JsonNode result = m.resultWriter() != null ? MapItems.write(in, m, results, items, effective, frame) : results;
        return Results.apply(in, c, raw, result, frame);
    }

    private JsonNode iterate(State.Map m, int index, JsonNode input, Frame frame) {
        if (m.distributed()) {
            ExecutionRun child = in.run().childRun();
            return new Interpreter(child).runGraph(m.processor(), input, new Frame(child, frame));
        }
        History history = in.run().history();
        ObjectNode details = Json.object();
        details.put("name", m.name());
        details.put("index", index);
        history.add("MapIterationStarted", history.lastId(), details);
        try {
            JsonNode out = in.runGraph(m.processor(), input, frame.child());
            history.add("MapIterationSucceeded", history.lastId(), details);
            return out;
        } catch (StatesError e) {
            history.add("MapIterationFailed", history.lastId(), details);
            throw e;
        }
    }

    private JsonNode items(State.Map m, JsonNode effective, Frame frame) {
        JsonNode items;
        if (m.itemReader() != null) {
            items = MapItems.read(in, m, effective, frame);
        } else if (m.common().jsonata()) {
            items = m.items() == null ? effective
                    : Jsonata.eval(in, m.items(), Jsonata.states(effective, null, null, frame), frame);
        } else if (m.itemsPath() != null) {
            try {
                items = m.itemsPath().read(frame.scope(effective));
            } catch (PathNotFoundException e) {
                throw new PathEvaluationException("Invalid path '" + m.itemsPath().text() + "' : " + e.getMessage());
            }
        } else {
            items = effective;
        }
        if (!items.isArray()) {
            String message = "Map state input must be an array but was: " + Json.write(items);
            if (m.common().jsonata()) {
                throw new JsonataEvaluator.QueryException(message);
            }
            throw new PathEvaluationException(message);
        }
        return items;
    }

    private JsonNode select(State.Map m, int index, JsonNode item, JsonNode effective, Frame frame) {
        if (m.itemSelector() == null && m.itemSelectorJsonata() == null) {
            return item;
        }
        frame.mapItem(index, item);
        try {
            if (m.common().jsonata()) {
                return Jsonata.eval(in, m.itemSelectorJsonata(), Jsonata.states(effective, null, null, frame), frame);
            }
            return m.itemSelector().evaluate(frame.scope(effective));
        } finally {
            frame.mapItem(null, null);
        }
    }
}
