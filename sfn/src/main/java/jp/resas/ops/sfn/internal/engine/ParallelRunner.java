package jp.resas.ops.sfn.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import jp.resas.ops.sfn.Json;
import jp.resas.ops.sfn.internal.asl.Definition;
import jp.resas.ops.sfn.internal.asl.State;

/**
 * Parallel states. Branches run one after another on the execution's thread: outputs and their
 * order are what the service produces, and with a virtual clock nothing is gained by threads.
 */
final class ParallelRunner {

    private final Interpreter in;

    ParallelRunner(Interpreter in) {
        this.in = in;
    }

    Interpreter.Step run(State.Parallel p, JsonNode raw, Frame frame) {
        State.Common c = p.common();
        return Retrying.run(in, c, p.retry(), p.catchers(), raw, frame, retry -> once(p, raw, frame));
    }

    private JsonNode once(State.Parallel p, JsonNode raw, Frame frame) {
        History history = in.run().history();
        JsonNode effective = Results.effectiveInput(in, p.common(), raw, frame);
        history.add("ParallelStateStarted", history.lastId(), Json.object());
        ArrayNode results = Json.array();
        for (Definition branch : p.branches()) {
            results.add(in.runGraph(branch, effective, frame.child()));
        }
        history.add("ParallelStateSucceeded", history.lastId(), Json.object());
        return Results.apply(in, p.common(), raw, results, frame);
    }
}
