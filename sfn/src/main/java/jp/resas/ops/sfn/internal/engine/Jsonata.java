package jp.resas.ops.sfn.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.resas.ops.sfn.internal.asl.State;

/** JSONata-mode processing: {@code Arguments}, {@code Output} and {@code Assign} over {@code $states}. */
final class Jsonata {

    private Jsonata() {
    }

    static Map<String, JsonNode> states(JsonNode input, JsonNode result, JsonNode errorOutput, Frame frame) {
        Map<String, JsonNode> states = new HashMap<>();
        states.put("input", input);
        states.put("context", frame.context());
        if (result != null) {
            states.put("result", result);
        }
        if (errorOutput != null) {
            states.put("errorOutput", errorOutput);
        }
        return states;
    }

    static JsonNode eval(Interpreter in, JsonNode template, Map<String, JsonNode> states, Frame frame) {
        JsonNode value = in.run().jsonata.template(template, states, frame.visibleVariables());
        if (value.isMissingNode()) {
            throw new JsonataEvaluator.QueryException("The JSONata expression '" + template.asText()
                    + "' returned nothing (undefined)");
        }
        return value;
    }

    /** The state output: {@code Output} evaluated, else the result, else the input. */
    static JsonNode output(Interpreter in, State.Common c, JsonNode raw, JsonNode result, Frame frame) {
        if (c.output() == null) {
            return result != null ? result : raw;
        }
        return eval(in, c.output(), states(raw, result, null, frame), frame);
    }

    static JsonNode arguments(Interpreter in, State.Common c, JsonNode raw, Frame frame) {
        return c.arguments() == null ? raw : eval(in, c.arguments(), states(raw, null, null, frame), frame);
    }

    /** Evaluates every {@code Assign} value first, then sets them together, as the service does. */
    static void assign(Interpreter in, JsonNode assign, JsonNode raw, JsonNode result, Frame frame) {
        assign(in, assign, states(raw, result, null, frame), frame);
    }

    static void assign(Interpreter in, JsonNode assign, Map<String, JsonNode> states, Frame frame) {
        if (assign == null) {
            return;
        }
        Map<String, JsonNode> values = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = assign.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            values.put(f.getKey(), eval(in, f.getValue(), states, frame));
        }
        frame.assign(values);
    }
}
