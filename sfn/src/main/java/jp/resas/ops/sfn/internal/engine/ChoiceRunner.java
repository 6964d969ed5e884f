package jp.resas.ops.sfn.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import jp.resas.ops.sfn.Json;
import jp.resas.ops.sfn.StatesError;
import jp.resas.ops.sfn.internal.asl.ChoiceRule;
import jp.resas.ops.sfn.internal.asl.Scope;
import jp.resas.ops.sfn.internal.asl.State;

/** Choice states: the first matching rule (or JSONata Condition) wins, else Default. */
final class ChoiceRunner {

    private ChoiceRunner() {
    }

    static Interpreter.Step run(Interpreter in, State.Choice c, JsonNode raw, Frame frame) {
        State.Common common = c.common();
        if (common.jsonata()) {
            var states = Jsonata.states(raw, null, null, frame);
            for (ChoiceRule.Branch b : c.choices()) {
                JsonNode cond = Jsonata.eval(in, Json.text(b.condition()), states, frame);
                if (!cond.isBoolean()) {
                    throw new JsonataEvaluator.QueryException("The Condition '" + b.condition()
                            + "' returned a non-boolean value: " + Json.write(cond));
                }
                if (cond.asBoolean()) {
                    JsonNode output = b.output() != null ? Jsonata.eval(in, b.output(), states, frame)
                            : Jsonata.output(in, common, raw, null, frame);
                    Jsonata.assign(in, b.assign(), states, frame);
                    return new Interpreter.Step(output, b.next());
                }
            }
            return noMatch(in, c, in.plainOutput(common, raw, frame), frame);
        }
        JsonNode effective = Io.inputPath(common, raw, frame);
        Scope scope = frame.scope(effective);
        for (ChoiceRule.Branch b : c.choices()) {
            if (b.rule().test(scope)) {
                Variables.assignJsonPath(b.assign(), effective, frame);
                return new Interpreter.Step(Io.outputPath(common, effective, frame), b.next());
            }
        }
        return noMatch(in, c, Io.outputPath(common, effective, frame), frame);
    }

    private static Interpreter.Step noMatch(Interpreter in, State.Choice c, JsonNode output, Frame frame) {
        if (c.defaultNext() == null) {
            throw new StatesError("States.NoChoiceMatched", "No Choice rule of state '" + c.name()
                    + "' matched and it has no Default");
        }
        return new Interpreter.Step(output, c.defaultNext());
    }
}
