package jp.resas.ops.sfn.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import jp.resas.ops.sfn.Json;
import jp.resas.ops.sfn.StatesError;
import jp.resas.ops.sfn.internal.asl.Catcher;
import jp.resas.ops.sfn.internal.asl.PathEvaluationException;
import jp.resas.ops.sfn.internal.asl.Retrier;
import jp.resas.ops.sfn.internal.asl.State;
import jp.resas.ops.sfn.internal.intrinsic.IntrinsicException;
import jp.resas.ops.sfn.internal.jsonpath.PathNotFoundException;

/** Retry then Catch around one attempt of a Task, Parallel or Map state. */
final class Retrying {

    /** One attempt; {@code retryCount} is 0 first, then the number of retries so far. */
    @FunctionalInterface
    interface Attempt {
        JsonNode run(int retryCount);
    }

    private Retrying() {
    }

    static Interpreter.Step run(Interpreter in, State.Common c, List<Retrier> retriers, List<Catcher> catchers,
                                JsonNode raw, Frame frame, Attempt attempt) {
        int[] attempts = new int[retriers.size()];
        int retryCount = 0;
        while (true) {
            StatesError e;
            try {
                return new Interpreter.Step(attempt.run(retryCount), c.next());
            } catch (StatesError | JsonataEvaluator.QueryException | PathEvaluationException
                     | PathNotFoundException | IntrinsicException ex) {
                e = in.asStatesError(ex, frame);
            }
            {
                int r = match(retriers, e);
                if (r >= 0 && attempts[r] < retriers.get(r).maxAttempts()) {
                    attempts[r]++;
                    retryCount++;
                    backoff(in, retriers.get(r), attempts[r]);
                    continue;
                }
                if (!StatesError.RUNTIME.equals(e.error()) && (c.type().equals("Map") || c.type().equals("Parallel"))) {
                    in.run().history().add(c.type() + "StateFailed", in.run().history().lastId(),
                            History.error(e.error(), e.cause()));
                }
                for (Catcher catcher : catchers) {
                    if (catcher.errorEquals().stream().anyMatch(e::matches)) {
                        return new Interpreter.Step(caught(in, c, catcher, e, raw, frame), catcher.next());
                    }
                }
                throw e;
            }
        }
    }

    private static int match(List<Retrier> retriers, StatesError e) {
        for (int i = 0; i < retriers.size(); i++) {
            if (retriers.get(i).errorEquals().stream().anyMatch(e::matches)) {
                return i;
            }
        }
        return -1;
    }

    private static void backoff(Interpreter in, Retrier retrier, int attempt) {
        double seconds = retrier.delaySeconds(attempt);
        if (retrier.fullJitter()) {
            seconds = ThreadLocalRandom.current().nextDouble() * seconds;
        }
        WaitRunner.sleep(in, in.run().clock().now().plus(Duration.ofMillis(Math.round(seconds * 1000))));
    }

    static ObjectNode errorOutput(StatesError e) {
        ObjectNode out = Json.object();
        out.put("Error", e.error());
        if (e.cause() != null) {
            out.put("Cause", e.cause());
        }
        return out;
    }

    private static JsonNode caught(Interpreter in, State.Common c, Catcher catcher, StatesError e, JsonNode raw,
                                   Frame frame) {
        ObjectNode error = errorOutput(e);
        if (c.jsonata()) {
            var states = Jsonata.states(raw, null, error, frame);
            JsonNode output = catcher.output() == null ? error : Jsonata.eval(in, catcher.output(), states, frame);
            Jsonata.assign(in, catcher.assign(), states, frame);
            return output;
        }
        Variables.assignJsonPath(catcher.assign(), error, frame);
        return Io.resultPath(catcher.resultPath(), catcher.nullResultPath(), raw, error);
    }
}
