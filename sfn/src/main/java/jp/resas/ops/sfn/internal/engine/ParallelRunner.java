package jp.resas.ops.sfn.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import jp.resas.ops.sfn.Json;
import jp.resas.ops.sfn.internal.asl.Definition;
import jp.resas.ops.sfn.internal.asl.State;

/**
 * Parallel states. Branches run at once on the runner's bounded pool, each recording into a fork of
 * the history; when all are done their events are appended branch by branch, so the history reads as
 * if they had run one after another (an order the service may also show: it does not order events of
 * different branches). The first failing branch in order fails the state; later ones are stopped.
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
        ExecutionRun run = in.run();
        History history = run.history();
        JsonNode effective = Results.effectiveInput(in, p.common(), raw, frame);
        history.add("ParallelStateStarted", history.lastId(), Json.object());
        List<Definition> branches = p.branches();
        if (!Branches.worthThreads(branches)) {
            ArrayNode results = Json.array();
            for (Definition branch : branches) {
                results.add(in.runGraph(branch, effective, frame.child()));
            }
            history.add("ParallelStateSucceeded", history.lastId(), Json.object());
            return Results.apply(in, p.common(), raw, results, frame);
        }
        ExecutionRun[] runs = new ExecutionRun[branches.size()];
        for (int i = 0; i < runs.length; i++) {
            runs[i] = run.branchRun();
        }
        Branches.Outcome[] outcomes = run.services().branches().run(runs.length, 0, true, i ->
                new Interpreter(runs[i]).runGraph(branches.get(i), effective, new Frame(runs[i], frame)));
        ArrayNode results = Json.array();
        for (int i = 0; i < runs.length; i++) {
            long shift = history.append(runs[i].history());
            if (outcomes[i].failure() != null) {
                throw History.renumbered(outcomes[i].failure(), runs[i].history().base(), shift);
            }
            results.add(outcomes[i].output());
        }
        history.add("ParallelStateSucceeded", history.lastId(), Json.object());
        return Results.apply(in, p.common(), raw, results, frame);
    }
}
