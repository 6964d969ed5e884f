package jp.resas.ops.sfn.internal.asl;

import static jp.resas.ops.sfn.internal.asl.AslParser.required;
import static jp.resas.ops.sfn.internal.asl.AslParser.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import jp.resas.ops.sfn.AslValidationException;

/** Builds one state record from its JSON, per type. */
final class StateParser {

    private StateParser() {
    }

    static State state(String name, JsonNode node, QueryLanguage inherited) {
        String where = "State '" + name + "'";
        if (!node.isObject()) {
            throw new AslValidationException(where + ": must be a JSON object");
        }
        String type = required(node, "Type", where);
        FieldCheck.allowed(node, where, FieldCheck.forType(type));
        State.Common c = common(name, type, node, where, QueryLanguage.of(text(node, "QueryLanguage", where), inherited));
        return switch (type) {
            case "Pass" -> new State.Pass(c, node.get("Result"));
            case "Succeed" -> new State.Succeed(c);
            case "Fail" -> fail(c, node, where);
            case "Wait" -> wait(c, node, where);
            case "Choice" -> ChoiceParser.choice(c, node, where);
            case "Task" -> new State.Task(c, required(node, "Resource", where), timing(node, "TimeoutSeconds", c),
                    timing(node, "HeartbeatSeconds", c), ErrorHandlingParser.retriers(node, where),
                    ErrorHandlingParser.catchers(node, where), node.get("Credentials"));
            case "Parallel" -> new State.Parallel(c, branches(node, where, c.queryLanguage()),
                    ErrorHandlingParser.retriers(node, where), ErrorHandlingParser.catchers(node, where));
            case "Map" -> MapParser.map(c, node, where);
            default -> throw new AslValidationException(where + ": unknown type '" + type + "'");
        };
    }

    private static State.Common common(String name, String type, JsonNode node, String where, QueryLanguage ql) {
        String next = text(node, "Next", where);
        boolean end = node.path("End").asBoolean(false);
        boolean terminalType = type.equals("Succeed") || type.equals("Fail") || type.equals("Choice");
        if (!terminalType && (next == null) == !end) {
            throw new AslValidationException(where + ": exactly one of 'Next' or 'End: true' is required");
        }
        if (ql == QueryLanguage.JSONATA) {
            for (String f : List.of("InputPath", "OutputPath", "Parameters", "ResultSelector", "ResultPath",
                    "ItemsPath", "ItemSelector")) {
                if (node.has(f) && !(f.equals("ItemSelector"))) {
                    throw AslValidationException.at(where, f, "is a JSONPath field and not allowed with JSONata");
                }
            }
        } else {
            for (String f : List.of("Arguments", "Output", "Items")) {
                if (node.has(f)) {
                    throw AslValidationException.at(where, f, "is a JSONata field and not allowed with JSONPath");
                }
            }
        }
        return new State.Common(name, type, next, end, ql,
                path(node, "InputPath", where), isNull(node, "InputPath"),
                template(node, "Parameters", where), template(node, "ResultSelector", where),
                path(node, "ResultPath", where), isNull(node, "ResultPath"),
                path(node, "OutputPath", where), isNull(node, "OutputPath"),
                node.get("Arguments"), node.get("Output"), node.get("Assign"));
    }

    private static State fail(State.Common c, JsonNode node, String where) {
        exclusive(node, where, "Error", "ErrorPath");
        exclusive(node, where, "Cause", "CausePath");
        return new State.Fail(c, text(node, "Error", where), text(node, "ErrorPath", where),
                text(node, "Cause", where), text(node, "CausePath", where));
    }

    private static State wait(State.Common c, JsonNode node, String where) {
        int count = 0;
        for (String f : List.of("Seconds", "SecondsPath", "Timestamp", "TimestampPath")) {
            count += node.has(f) ? 1 : 0;
        }
        if (count != 1) {
            throw new AslValidationException(where
                    + ": exactly one of 'Seconds', 'SecondsPath', 'Timestamp', 'TimestampPath' is required");
        }
        return new State.Wait(c, node.get("Seconds"), path(node, "SecondsPath", where), node.get("Timestamp"),
                path(node, "TimestampPath", where));
    }

    private static List<Definition> branches(JsonNode node, String where, QueryLanguage ql) {
        JsonNode b = node.get("Branches");
        if (b == null || !b.isArray() || b.isEmpty()) {
            throw AslValidationException.at(where, "Branches", "must be a non-empty array");
        }
        List<Definition> out = new ArrayList<>();
        for (int i = 0; i < b.size(); i++) {
            out.add(AslParser.graph(b.get(i), where + " branch " + i, ql));
        }
        return List.copyOf(out);
    }

    static State.Timing timing(JsonNode node, String field, State.Common c) {
        String where = "State '" + c.name() + "'";
        exclusive(node, where, field, field + "Path");
        if (node.has(field)) {
            return new State.Timing(node.get(field), null);
        }
        return node.has(field + "Path") ? new State.Timing(null, path(node, field + "Path", where)) : State.Timing.NONE;
    }

    static void exclusive(JsonNode node, String where, String a, String b) {
        if (node.has(a) && node.has(b)) {
            throw new AslValidationException(where + ": only one of '" + a + "' and '" + b + "' may be set");
        }
    }

    static ReferencePath path(JsonNode node, String field, String where) {
        String text = text(node, field, where);
        if (text == null) {
            return null;
        }
        try {
            return ReferencePath.of(text);
        } catch (AslValidationException e) {
            throw AslValidationException.at(where, field, "is not a valid path: " + e.getMessage());
        }
    }

    static boolean isNull(JsonNode node, String field) {
        return node.has(field) && node.get(field).isNull();
    }

    static PayloadTemplate template(JsonNode node, String field, String where) {
        JsonNode v = node.get(field);
        return v == null ? null : PayloadTemplate.compile(v, where + " " + field);
    }
}
