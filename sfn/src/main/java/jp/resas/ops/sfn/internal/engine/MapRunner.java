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
 * Map states, inline and distributed. Items run at once on the runner's bounded pool, at most
 * MaxConcurrency of them; an inline item records into a fork of the history, appended item by item
 * when all are done (so the history reads as one item after another); a distributed item runs in a
 * child history (the service runs child executions), and tolerated failures apply.
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
        ExecutionRun run = in.run();
        History history = run.history();
        JsonNode effective = c.jsonata() ? raw : Io.inputPath(c, raw, frame);
        int maxConcurrency = MapSettings.maxConcurrency(in, m, effective, frame);
        List<JsonNode> items = MapItems.batch(in, m, items(m, effective, frame), effective, frame);
        ObjectNode started = Json.object();
        started.put("length", items.size());
        history.add("MapStateStarted", history.lastId(), started);
        MapSettings.Limits limits = MapSettings.limits(in, m, effective, frame);
        if (m.distributed()) {
            history.add("MapRunStarted", history.lastId(), Json.object());
        }
        if (!m.distributed() && !Branches.worthThreads(List.of(m.processor()))) {
            ArrayNode results = Json.array();
            for (int i = 0; i < items.size(); i++) {
                results.add(iterate(m, i, select(m, i, items.get(i), effective, frame), in, frame));
            }
            return succeeded(m, raw, results, items, effective, frame);
        }
        // ItemSelector reads the Map's context object: evaluated here, in order; a failure stops the items there
        List<JsonNode> inputs = new ArrayList<>();
        RuntimeException selectFailure = null;
        for (int i = 0; i < items.size() && selectFailure == null; i++) {
            try {
                inputs.add(select(m, i, items.get(i), effective, frame));
            } catch (RuntimeException e) {
                selectFailure = e;
            }
        }
        ExecutionRun[] runs = new ExecutionRun[inputs.size()];
        for (int i = 0; i < runs.length; i++) {
            runs[i] = m.distributed() ? run.childRun() : run.branchRun();
        }
        Branches.Outcome[] outcomes = run.services().branches().run(runs.length, maxConcurrency, !m.distributed(),
                i -> iterate(m, i, inputs.get(i), new Interpreter(runs[i]), frame));
        ArrayNode results = Json.array();
        List<JsonNode> failed = new ArrayList<>();
        for (int i = 0; i < runs.length; i++) {
            long shift = m.distributed() ? 0 : history.append(runs[i].history());
            if (outcomes[i].failure() == null) {
                results.add(outcomes[i].output());
                continue;
            }
            RuntimeException failure = History.renumbered(outcomes[i].failure(), runs[i].history().base(), shift);
            if (!m.distributed() || !(failure instanceof StatesError e)) {
                throw failure;
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
        if (selectFailure != null) {
            throw selectFailure;
        }
        return succeeded(m, raw, results, items, effective, frame);
    }

    private JsonNode succeeded(State.Map m, JsonNode raw, ArrayNode results, List<JsonNode> items, JsonNode effective,
                               Frame frame) {
        History history = in.run().history();
        if (m.distributed()) {
            history.add("MapRunSucceeded", history.lastId(), Json.object());
        }
        history.add("MapStateSucceeded", history.lastId(), Json.object());
        JsonNode result = m.resultWriter() != null ? MapItems.write(in, m, results, items, effective, frame) : results;
        return Results.apply(in, m.common(), raw, result, frame);
    }

    /**
     * One item, by {@code item}: on a child execution's run (distributed), a fork of this execution's
     * history (items at once) or this execution's run itself (one after another).
     */
    private static JsonNode iterate(State.Map m, int index, JsonNode input, Interpreter item, Frame frame) {
        ExecutionRun itemRun = item.run();
        if (m.distributed()) {
            return item.runGraph(m.processor(), input, new Frame(itemRun, frame));
        }
        History history = itemRun.history();
        ObjectNode details = Json.object();
        details.put("name", m.name());
        details.put("index", index);
        history.add("MapIterationStarted", history.lastId(), details);
        try {
            JsonNode out = item.runGraph(m.processor(), input, new Frame(itemRun, frame));
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
