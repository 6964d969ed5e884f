package jp.resas.ops.sfn.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import jp.resas.ops.sfn.internal.asl.State;

/** What Task, Parallel and Map do with a result: ResultSelector, ResultPath, OutputPath or Output. */
final class Results {

    private Results() {
    }

    static JsonNode apply(Interpreter in, State.Common c, JsonNode raw, JsonNode result, Frame frame) {
        if (c.jsonata()) {
            JsonNode output = Jsonata.output(in, c, raw, result, frame);
            Jsonata.assign(in, c.assign(), raw, result, frame);
            return output;
        }
        JsonNode selected = Io.resultSelector(c, result, frame);
        Variables.assignJsonPath(c.assign(), selected, frame);
        return Io.outputPath(c, Io.resultPath(c, raw, selected), frame);
    }

    /** The effective input a Task or Parallel hands on: Arguments, or InputPath then Parameters. */
    static JsonNode effectiveInput(Interpreter in, State.Common c, JsonNode raw, Frame frame) {
        if (c.jsonata()) {
            return Jsonata.arguments(in, c, raw, frame);
        }
        return Io.parameters(c, Io.inputPath(c, raw, frame), frame);
    }
}
