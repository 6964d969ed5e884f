package jp.resas.ops.sfn.internal.asl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.sfn.AslValidationException;

/** Reads a definition into the model, validating structure and references as it goes. */
public final class AslParser {

    private AslParser() {
    }

    public static Definition parse(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new AslValidationException("The definition must be a JSON object");
        }
        return graph(root, "State machine", QueryLanguage.JSONPATH);
    }

    static Definition graph(JsonNode node, String where, QueryLanguage inherited) {
        FieldCheck.allowed(node, where, FieldCheck.GRAPH);
        QueryLanguage ql = QueryLanguage.of(text(node, "QueryLanguage", where), inherited);
        String startAt = required(node, "StartAt", where);
        JsonNode statesNode = node.get("States");
        if (statesNode == null || !statesNode.isObject() || statesNode.isEmpty()) {
            throw AslValidationException.at(where, "States", "is required and must be a non-empty object");
        }
        Map<String, State> states = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = statesNode.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().length() > 80) {
                throw new AslValidationException("State name '" + e.getKey() + "' is longer than 80 characters");
            }
            states.put(e.getKey(), StateParser.state(e.getKey(), e.getValue(), ql));
        }
        if (!states.containsKey(startAt)) {
            throw AslValidationException.at(where, "StartAt", "refers to unknown state '" + startAt + "'");
        }
        Definition def = new Definition(startAt, Map.copyOf(states), ql,
                node.has("TimeoutSeconds") ? node.get("TimeoutSeconds").asInt() : null);
        states.values().forEach(s -> checkTransitions(s, states));
        return def;
    }

    private static void checkTransitions(State s, Map<String, State> states) {
        String where = "State '" + s.name() + "'";
        target(where, "Next", s.common().next(), states);
        if (s instanceof State.Choice c) {
            c.choices().forEach(b -> target(where, "Choices[].Next", b.next(), states));
            target(where, "Default", c.defaultNext(), states);
        }
        for (Catcher c : catchers(s)) {
            target(where, "Catch[].Next", c.next(), states);
        }
    }

    private static List<Catcher> catchers(State s) {
        if (s instanceof State.Task t) {
            return t.catchers();
        }
        if (s instanceof State.Parallel p) {
            return p.catchers();
        }
        if (s instanceof State.Map m) {
            return m.catchers();
        }
        return List.of();
    }

    private static void target(String where, String field, String name, Map<String, State> states) {
        if (name != null && !states.containsKey(name)) {
            throw AslValidationException.at(where, field, "refers to unknown state '" + name + "'");
        }
    }

    static String required(JsonNode node, String field, String where) {
        String value = text(node, field, where);
        if (value == null) {
            throw AslValidationException.at(where, field, "is required");
        }
        return value;
    }

    static String text(JsonNode node, String field, String where) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw AslValidationException.at(where, field, "must be a string");
        }
        return v.asText();
    }

    static List<String> strings(JsonNode node, String field, String where) {
        JsonNode v = node.get(field);
        if (v == null || !v.isArray() || v.isEmpty()) {
            throw AslValidationException.at(where, field, "must be a non-empty array of strings");
        }
        List<String> out = new ArrayList<>();
        v.forEach(x -> out.add(x.asText()));
        return List.copyOf(out);
    }
}
