package jp.resas.ops.sfn.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import jp.resas.ops.sfn.internal.asl.PathEvaluationException;
import jp.resas.ops.sfn.internal.asl.State;
import jp.resas.ops.sfn.internal.jsonpath.PathNotFoundException;

/** Resolves a timing field (literal, {@code …Path}, or JSONata) to seconds, validating it. */
final class Timings {

    private Timings() {
    }

    static Long seconds(Interpreter in, State.Timing timing, String field, JsonNode raw, Frame frame) {
        JsonNode value = value(in, timing, raw, frame);
        if (value == null) {
            return null;
        }
        if (!value.canConvertToLong() || !value.isIntegralNumber() || value.asLong() <= 0) {
            throw new PathEvaluationException("The " + field + " value must be a positive integer, was " + value);
        }
        return value.asLong();
    }

    static JsonNode value(Interpreter in, State.Timing timing, JsonNode raw, Frame frame) {
        if (!timing.isSet()) {
            return null;
        }
        if (timing.value() != null) {
            return JsonataEvaluator.isExpression(timing.value())
                    ? Jsonata.eval(in, timing.value(), Jsonata.states(raw, null, null, frame), frame) : timing.value();
        }
        try {
            return timing.path().read(frame.scope(raw));
        } catch (PathNotFoundException e) {
            throw new PathEvaluationException("Invalid path '" + timing.path().text() + "' : " + e.getMessage());
        }
    }
}
