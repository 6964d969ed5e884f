package jp.resas.ops.sfn.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.resas.ops.sfn.Json;
import jp.resas.ops.sfn.StatesError;
import jp.resas.ops.sfn.internal.asl.PathEvaluationException;
import jp.resas.ops.sfn.internal.asl.ReferencePath;
import jp.resas.ops.sfn.internal.asl.State;
import jp.resas.ops.sfn.internal.jsonpath.JsonPath;
import jp.resas.ops.sfn.internal.jsonpath.PathNotFoundException;

/**
 * JSONPath-mode input and output processing: InputPath, Parameters, ResultSelector, ResultPath,
 * OutputPath, in the order the specification applies them. Nodes are shared, never mutated.
 */
final class Io {

    private Io() {
    }

    static JsonNode inputPath(State.Common c, JsonNode raw, Frame frame) {
        if (c.nullInputPath()) {
            return Json.object();
        }
        return select(c.inputPath(), raw, frame);
    }

    static JsonNode outputPath(State.Common c, JsonNode output, Frame frame) {
        if (c.nullOutputPath()) {
            return Json.object();
        }
        return select(c.outputPath(), output, frame);
    }

    private static JsonNode select(ReferencePath path, JsonNode data, Frame frame) {
        if (path == null || path.isRoot()) {
            return data;
        }
        try {
            return path.read(frame.scope(data));
        } catch (PathNotFoundException e) {
            throw new PathEvaluationException("Invalid path '" + path.text() + "' : " + e.getMessage());
        }
    }

    static JsonNode parameters(State.Common c, JsonNode effective, Frame frame) {
        return c.parameters() == null ? effective : c.parameters().evaluate(frame.scope(effective));
    }

    static JsonNode resultSelector(State.Common c, JsonNode result, Frame frame) {
        return c.resultSelector() == null ? result : c.resultSelector().evaluate(frame.scope(result));
    }

    static JsonNode resultPath(State.Common c, JsonNode raw, JsonNode result) {
        return resultPath(c.resultPath(), c.nullResultPath(), raw, result);
    }

    /** Places {@code result} into {@code raw} at the path, copying only the containers along it. */
    static JsonNode resultPath(ReferencePath path, boolean discard, JsonNode raw, JsonNode result) {
        if (discard) {
            return raw;
        }
        if (path == null || path.isRoot()) {
            return result;
        }
        String[] fields = fields(path);
        return set(raw, fields, 0, result, path.text());
    }

    private static JsonNode set(JsonNode node, String[] fields, int i, JsonNode value, String pathText) {
        if (i == fields.length) {
            return value;
        }
        if (node != null && !node.isObject()) {
            throw new StatesError(StatesError.RUNTIME, "Unable to apply ResultPath '" + pathText
                    + "' to input: the value at '" + fields[Math.max(0, i - 1)] + "' is not a JSON object");
        }
        ObjectNode copy = Json.object();
        if (node != null) {
            copy.setAll((ObjectNode) node);
        }
        copy.set(fields[i], set(node == null ? null : node.get(fields[i]), fields, i + 1, value, pathText));
        return copy;
    }

    /** ResultPath may only name fields ({@code $.a.b} or {@code $['a']}); anything else is invalid. */
    private static String[] fields(ReferencePath path) {
        String text = path.text();
        JsonPath compiled = path.path();
        if (path.context() || path.variable() != null || !compiled.isDefinite()) {
            throw new StatesError(StatesError.RUNTIME, "Invalid ResultPath '" + text + "'");
        }
        String body = text.substring(1);
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String part : body.replaceAll("\\['([^']*)'\\]", ".$1").split("\\.")) {
            if (!part.isEmpty()) {
                out.add(part);
            }
        }
        return out.toArray(new String[0]);
    }
}
