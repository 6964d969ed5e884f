package jp.resas.ops.sfn.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import jp.resas.ops.sfn.Json;
import jp.resas.ops.sfn.internal.asl.Scope;

/**
 * The running position inside one state graph (the machine, a branch or a Map iteration): the
 * current state for the context object, and the variables visible there. Inner frames read their
 * parents' variables but assign only their own, as the service scopes them.
 */
final class Frame {

    final ExecutionRun run;
    private final Frame parent;
    private final Map<String, JsonNode> variables = new HashMap<>();

    String stateName;
    Instant enteredTime;
    long enteredEventId;
    int retryCount = -1;
    String taskToken;
    Integer mapIndex;
    JsonNode mapValue;
    private ObjectNode context;

    Frame(ExecutionRun run, Frame parent) {
        this.run = run;
        this.parent = parent;
    }

    Frame child() {
        return new Frame(run, this);
    }

    /** Entering state {@code name}, recorded as event {@code eventId} at {@code at} ({@code $$.State.EnteredTime}). */
    void enter(String name, long eventId, Instant at) {
        stateName = name;
        enteredTime = at;
        enteredEventId = eventId;
        retryCount = -1;
        taskToken = null;
        mapIndex = null;
        mapValue = null;
        context = null;
    }

    /** Task states expose {@code $$.State.RetryCount}; other states do not. */
    void retry(int count) {
        retryCount = count;
        context = null;
    }

    void token(String token) {
        taskToken = token;
        context = null;
    }

    void mapItem(Integer index, JsonNode value) {
        mapIndex = index;
        mapValue = value;
        context = null;
    }

    JsonNode context() {
        if (context == null) {
            ObjectNode c = Json.object();
            c.set("Execution", run.executionContext());
            c.set("StateMachine", run.stateMachineContext());
            ObjectNode state = c.putObject("State");
            state.put("Name", stateName);
            state.put("EnteredTime", ExecutionRun.format(enteredTime));
            if (retryCount >= 0) {
                state.put("RetryCount", retryCount);
            }
            if (taskToken != null) {
                c.putObject("Task").put("Token", taskToken);
            }
            if (mapIndex != null) {
                ObjectNode item = c.putObject("Map").putObject("Item");
                item.put("Index", mapIndex);
                item.set("Value", mapValue);
            }
            context = c;
        }
        return context;
    }

    JsonNode variable(String name) {
        JsonNode v = variables.get(name);
        return v != null || parent == null ? v : parent.variable(name);
    }

    void assign(Map<String, JsonNode> values) {
        variables.putAll(values);
    }

    Map<String, JsonNode> visibleVariables() {
        Map<String, JsonNode> all = parent == null ? new HashMap<>() : parent.visibleVariables();
        all.putAll(variables);
        return all;
    }

    Scope scope(JsonNode input) {
        return new FrameScope(this, input);
    }

    private record FrameScope(Frame frame, JsonNode input) implements Scope {
        @Override
        public JsonNode context() {
            return frame.context();
        }

        @Override
        public JsonNode variable(String name) {
            return frame.variable(name);
        }
    }
}
