package jp.resas.ops.sfn.internal.asl;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import jp.resas.ops.sfn.AslValidationException;
import jp.resas.ops.sfn.Json;
import jp.resas.ops.sfn.internal.intrinsic.IntrinsicExpr;
import jp.resas.ops.sfn.internal.jsonpath.PathNotFoundException;

/**
 * A JSONPath-mode payload template (Parameters, ResultSelector, ItemSelector): fields ending in
 * {@code .$} are paths or intrinsic calls; a template without any is returned as the literal itself.
 */
public final class PayloadTemplate {

    private final JsonNode literal;
    private final List<Entry> entries;

    private sealed interface Value {
    }

    private record Fixed(JsonNode node) implements Value {
    }

    private record PathValue(ReferencePath path) implements Value {
    }

    /** An intrinsic call with its path arguments compiled once ({@code paths}: argument text to path). */
    private record CallValue(IntrinsicExpr expr, Map<String, ReferencePath> paths) implements Value {

        static CallValue of(IntrinsicExpr expr) {
            Map<String, ReferencePath> paths = new HashMap<>();
            collect(expr, paths);
            return new CallValue(expr, Map.copyOf(paths));
        }

        private static void collect(IntrinsicExpr expr, Map<String, ReferencePath> paths) {
            if (expr instanceof IntrinsicExpr.Path p) {
                try {
                    paths.put(p.path(), ReferencePath.of(p.path()));
                } catch (IllegalArgumentException e) {
                    // left to the call, which reports it as it always did
                }
            } else if (expr instanceof IntrinsicExpr.Call c) {
                c.args().forEach(arg -> collect(arg, paths));
            }
        }
    }

    private record Nested(PayloadTemplate template) implements Value {
    }

    private record Entry(String key, String field, Value value) {
    }

    private PayloadTemplate(JsonNode literal, List<Entry> entries) {
        this.literal = literal;
        this.entries = entries;
    }

    public static PayloadTemplate compile(JsonNode node, String where) {
        if (!node.isObject() || !isDynamic(node)) {
            return new PayloadTemplate(node, null);
        }
        List<Entry> entries = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            String key = f.getKey();
            JsonNode v = f.getValue();
            if (key.endsWith(".$")) {
                if (!v.isTextual()) {
                    throw AslValidationException.at(where, key, "must be a path or intrinsic function string");
                }
                String text = v.asText();
                Value value;
                try {
                    value = IntrinsicExpr.isCall(text) ? CallValue.of(IntrinsicExpr.parse(text))
                            : new PathValue(ReferencePath.of(text));
                } catch (IllegalArgumentException e) {
                    throw AslValidationException.at(where, key, "is invalid: " + e.getMessage());
                }
                entries.add(new Entry(key.substring(0, key.length() - 2), key, value));
            } else if (v.isObject() && isDynamic(v)) {
                entries.add(new Entry(key, key, new Nested(compile(v, where))));
            } else {
                entries.add(new Entry(key, key, new Fixed(v)));
            }
        }
        return new PayloadTemplate(null, List.copyOf(entries));
    }

    private static boolean isDynamic(JsonNode node) {
        if (!node.isObject()) {
            return false;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> f = fields.next();
            if (f.getKey().endsWith(".$") || isDynamic(f.getValue())) {
                return true;
            }
        }
        return false;
    }

    public JsonNode evaluate(Scope scope) {
        if (literal != null) {
            return literal;
        }
        ObjectNode out = Json.object();
        for (Entry e : entries) {
            out.set(e.key(), value(e, scope));
        }
        return out;
    }

    private static JsonNode value(Entry e, Scope scope) {
        Value v = e.value();
        if (v instanceof Fixed f) {
            return f.node();
        }
        if (v instanceof Nested n) {
            return n.template().evaluate(scope);
        }
        if (v instanceof CallValue c) {
            return c.expr().evaluate(path -> readArgument(c.paths().get(path), path, scope));
        }
        ReferencePath path = ((PathValue) v).path();
        try {
            return path.read(scope);
        } catch (PathNotFoundException ex) {
            throw new PathEvaluationException("The JSONPath '" + path.text() + "' specified for the field '"
                    + e.field() + "' could not be found in the input '" + Json.write(scope.input()) + "'");
        }
    }

    private static JsonNode readArgument(ReferencePath compiled, String path, Scope scope) {
        ReferencePath ref = compiled != null ? compiled : ReferencePath.of(path);
        try {
            return ref.read(scope);
        } catch (PathNotFoundException ex) {
            throw new PathEvaluationException("The JsonPath argument '" + path
                    + "' for an intrinsic function could not be found in the input '" + Json.write(scope.input()) + "'");
        }
    }
}
