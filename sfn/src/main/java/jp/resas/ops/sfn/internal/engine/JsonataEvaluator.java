package jp.resas.ops.sfn.internal.engine;

import com.dashjoin.jsonata.JException;
import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jp.resas.ops.sfn.Json;

/**
 * Evaluates JSONata templates: strings {@code {% expr %}} anywhere in a JSON value, with
 * {@code $states} ({@code input}, {@code context}, {@code result}, {@code errorOutput}) and the
 * variables in scope bound. Compiled expressions are cached per execution (one thread each).
 */
final class JsonataEvaluator {

    /** The expression failed; reported as {@code States.QueryEvaluationError}. */
    static final class QueryException extends RuntimeException {
        QueryException(String message) {
            super(message, null, false, false);
        }
    }

    /** Compiled once, shared by concurrent branches (the library evaluates on a per-thread instance). */
    private final Map<String, Jsonata> compiled = new ConcurrentHashMap<>();

    static boolean isExpression(JsonNode node) {
        if (node == null || !node.isTextual()) {
            return false;
        }
        String s = node.asText();
        return s.startsWith("{%") && s.endsWith("%}");
    }

    JsonNode template(JsonNode template, Map<String, JsonNode> states, Map<String, JsonNode> variables) {
        if (isExpression(template)) {
            String s = template.asText();
            return evaluate(s.substring(2, s.length() - 2).trim(), states, variables);
        }
        if (template.isObject()) {
            ObjectNode out = Json.object();
            Iterator<Map.Entry<String, JsonNode>> fields = template.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                JsonNode v = template(f.getValue(), states, variables);
                if (!v.isMissingNode()) {
                    out.set(f.getKey(), v);
                }
            }
            return out;
        }
        if (template.isArray()) {
            ArrayNode out = Json.array();
            template.forEach(v -> out.add(template(v, states, variables)));
            return out;
        }
        return template;
    }

    JsonNode evaluate(String expression, Map<String, JsonNode> states, Map<String, JsonNode> variables) {
        Jsonata expr = compiled.get(expression);
        try {
            if (expr == null) {
                expr = Jsonata.jsonata(expression);
                compiled.put(expression, expr);
            }
            Jsonata.Frame frame = expr.createFrame();
            Map<String, Object> statesValue = new LinkedHashMap<>();
            states.forEach((k, v) -> statesValue.put(k, toJava(v)));
            frame.bind("states", statesValue);
            variables.forEach((k, v) -> frame.bind(k, toJava(v)));
            Object result = expr.evaluate(statesValue.get("input"), frame);
            if (result == null) {
                // The library returns null for both JSON null and "undefined"; ask which one it was.
                Jsonata exists = compiled.computeIfAbsent("$exists((" + expression + "))", Jsonata::jsonata);
                return Boolean.TRUE.equals(exists.evaluate(statesValue.get("input"), frame))
                        ? Json.NODES.nullNode() : MissingNode.getInstance();
            }
            return toJson(result);
        } catch (JException | IllegalArgumentException | ClassCastException | UnsupportedOperationException e) {
            throw new QueryException("The JSONata expression '" + expression + "' returned an error: "
                    + e.getMessage());
        }
    }

    static Object toJava(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return null;
        }
        if (node.isNull()) {
            return Jsonata.NULL_VALUE;
        }
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.fields().forEachRemaining(f -> map.put(f.getKey(), toJava(f.getValue())));
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>(node.size());
            node.forEach(v -> list.add(toJava(v)));
            return list;
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? (Object) node.longValue() : node.doubleValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.asText();
    }

    static JsonNode toJson(Object value) {
        if (value == null) {
            return MissingNode.getInstance();
        }
        if (value == Jsonata.NULL_VALUE) {
            return Json.NODES.nullNode();
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode out = Json.object();
            // Inside containers the library writes JSON null as Java null.
            map.forEach((k, v) -> {
                JsonNode j = v == null ? Json.NODES.nullNode() : toJson(v);
                if (!j.isMissingNode()) {
                    out.set(String.valueOf(k), j);
                }
            });
            return out;
        }
        if (value instanceof List<?> list) {
            ArrayNode out = Json.array();
            list.forEach(v -> {
                JsonNode j = v == null ? Json.NODES.nullNode() : toJson(v);
                if (!j.isMissingNode()) {
                    out.add(j);
                }
            });
            return out;
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
                return Json.integer((long) d);
            }
            return Json.NODES.numberNode(BigDecimal.valueOf(d));
        }
        if (value instanceof BigDecimal bd) {
            return Json.NODES.numberNode(bd);
        }
        if (value instanceof BigInteger bi) {
            return Json.NODES.numberNode(bi);
        }
        if (value instanceof Number n) {
            return Json.integer(n.longValue());
        }
        if (value instanceof Boolean b) {
            return Json.NODES.booleanNode(b);
        }
        if (value instanceof String s) {
            return Json.text(s);
        }
        return MissingNode.getInstance();
    }
}
