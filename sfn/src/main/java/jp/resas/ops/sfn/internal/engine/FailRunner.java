package jp.resas.ops.sfn.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import jp.resas.ops.sfn.Json;
import jp.resas.ops.sfn.StatesError;
import jp.resas.ops.sfn.internal.asl.PathEvaluationException;
import jp.resas.ops.sfn.internal.asl.ReferencePath;
import jp.resas.ops.sfn.internal.asl.State;
import jp.resas.ops.sfn.internal.intrinsic.IntrinsicExpr;
import jp.resas.ops.sfn.internal.jsonpath.PathNotFoundException;

/** Fail states: the error and cause, literal, from a path, an intrinsic call or JSONata. */
final class FailRunner {

    private FailRunner() {
    }

    static StatesError error(Interpreter in, State.Fail f, JsonNode raw, Frame frame) {
        boolean jsonata = f.common().jsonata();
        String error = value(in, jsonata, f.error(), f.errorPath(), "ErrorPath", raw, frame);
        String cause = value(in, jsonata, f.cause(), f.causePath(), "CausePath", raw, frame);
        return new StatesError(error, cause);
    }

    private static String value(Interpreter in, boolean jsonata, String literal, String path, String field, JsonNode raw, Frame frame) {
        if (literal != null) {
            if (jsonata && JsonataEvaluator.isExpression(Json.text(literal))) {
                return Interpreter.text(Jsonata.eval(in, Json.text(literal), Jsonata.states(raw, null, null, frame),
                        frame));
            }
            return literal;
        }
        if (path == null) {
            return null;
        }
        if (IntrinsicExpr.isCall(path)) {
            return Interpreter.text(IntrinsicExpr.parse(path).evaluate(p -> ReferencePath.of(p).read(frame.scope(raw))));
        }
        try {
            return Interpreter.text(ReferencePath.of(path).read(frame.scope(raw)));
        } catch (PathNotFoundException e) {
            throw new PathEvaluationException("The JSONPath '" + path + "' specified for the field '" + field
                    + "' could not be found in the input '" + Json.write(raw) + "'");
        }
    }
}
