package jp.resas.ops.sfn.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import jp.resas.ops.sfn.Json;
import jp.resas.ops.sfn.StatesError;
import jp.resas.ops.sfn.internal.asl.Definition;
import jp.resas.ops.sfn.internal.asl.PathEvaluationException;
import jp.resas.ops.sfn.internal.asl.State;
import jp.resas.ops.sfn.internal.intrinsic.IntrinsicException;
import jp.resas.ops.sfn.internal.jsonpath.PathNotFoundException;

/** Walks a state graph from {@code StartAt} until a terminal state, one state at a time. */
public final class Interpreter {

    /** The output of one state and the state to run next (null at the end of the graph). */
    record Step(JsonNode output, String next) {
    }

    private final ExecutionRun run;
    final TaskRunner tasks;
    final MapRunner maps;
    final ParallelRunner parallels;

    public Interpreter(ExecutionRun run) {
        this.run = run;
        this.tasks = new TaskRunner(this);
        this.maps = new MapRunner(this);
        this.parallels = new ParallelRunner(this);
    }

    ExecutionRun run() {
        return run;
    }

    /** Runs the whole machine; returns its output or throws {@link StatesError}/{@link ExecutionTimedOut}. */
    public JsonNode execute(Definition definition) {
        return runGraph(definition, run.identity().input(), new Frame(run, null));
    }

    JsonNode runGraph(Definition def, JsonNode input, Frame frame) {
        String name = def.startAt();
        JsonNode data = input;
        while (true) {
            checkDeadline();
            Step step = runState(def.state(name), data, frame);
            if (step.next() == null) {
                return step.output();
            }
            name = step.next();
            data = step.output();
        }
    }

    private void checkDeadline() {
        Instant deadline = run.deadline;
        if (deadline != null && !run.clock().now().isBefore(deadline)) {
            throw new ExecutionTimedOut();
        }
    }

    private Step runState(State s, JsonNode input, Frame frame) {
        String type = s.common().type();
        History history = run.history();
        Instant now = history.clock().now();
        long entered = history.addState(entered(type), now, s.name(), "input", input);
        frame.enter(s.name(), entered, now);
        Step step;
        try {
            step = dispatch(s, input, frame);
        } catch (PathEvaluationException | PathNotFoundException | IntrinsicException e) {
            throw failure(frame, StatesError.RUNTIME, e.getMessage());
        } catch (JsonataEvaluator.QueryException e) {
            throw queryFailure(frame, e);
        }
        if (!(s instanceof State.Fail)) {
            history.addState(exited(type), history.clock().now(), s.name(), "output", step.output());
        }
        return step;
    }

    /** The entered event's type of a state type, without building the text per transition. */
    private static String entered(String type) {
        return switch (type) {
            case "Pass" -> "PassStateEntered";
            case "Choice" -> "ChoiceStateEntered";
            case "Task" -> "TaskStateEntered";
            case "Succeed" -> "SucceedStateEntered";
            case "Map" -> "MapStateEntered";
            case "Parallel" -> "ParallelStateEntered";
            case "Wait" -> "WaitStateEntered";
            case "Fail" -> "FailStateEntered";
            default -> type + "StateEntered";
        };
    }

    private static String exited(String type) {
        return switch (type) {
            case "Pass" -> "PassStateExited";
            case "Choice" -> "ChoiceStateExited";
            case "Task" -> "TaskStateExited";
            case "Succeed" -> "SucceedStateExited";
            case "Map" -> "MapStateExited";
            case "Parallel" -> "ParallelStateExited";
            case "Wait" -> "WaitStateExited";
            default -> type + "StateExited";
        };
    }

    /** A runtime error with the service's prefix naming the state and its entered event. */
    StatesError failure(Frame frame, String error, String message) {
        return new StatesError(error, "An error occurred while executing the state '" + frame.stateName
                + "' (entered at the event id #" + frame.enteredEventId + "). " + message);
    }

    /** A JSONata failure: recorded as an EvaluationFailed event, then raised as States.QueryEvaluationError. */
    StatesError queryFailure(Frame frame, JsonataEvaluator.QueryException e) {
        StatesError error = failure(frame, StatesError.QUERY_EVALUATION_ERROR, e.getMessage());
        var details = History.error(error.error(), error.cause());
        details.put("state", frame.stateName);
        run.history().add("EvaluationFailed", run.history().lastId(), details);
        return error;
    }

    /** Turns an evaluation problem inside a state into the error the service reports. */
    StatesError asStatesError(RuntimeException e, Frame frame) {
        if (e instanceof StatesError s) {
            return s;
        }
        if (e instanceof JsonataEvaluator.QueryException q) {
            return queryFailure(frame, q);
        }
        if (e instanceof PathEvaluationException || e instanceof PathNotFoundException
                || e instanceof IntrinsicException) {
            return failure(frame, StatesError.RUNTIME, e.getMessage());
        }
        throw e;
    }

    private Step dispatch(State s, JsonNode input, Frame frame) {
        if (s instanceof State.Pass p) {
            return pass(p, input, frame);
        }
        if (s instanceof State.Task t) {
            return tasks.run(t, input, frame);
        }
        if (s instanceof State.Choice c) {
            return ChoiceRunner.run(this, c, input, frame);
        }
        if (s instanceof State.Wait w) {
            return WaitRunner.run(this, w, input, frame);
        }
        if (s instanceof State.Succeed) {
            return new Step(plainOutput(s.common(), input, frame), null);
        }
        if (s instanceof State.Fail f) {
            throw FailRunner.error(this, f, input, frame);
        }
        if (s instanceof State.Parallel p) {
            return parallels.run(p, input, frame);
        }
        return maps.run((State.Map) s, input, frame);
    }

    private Step pass(State.Pass p, JsonNode raw, Frame frame) {
        State.Common c = p.common();
        if (c.jsonata()) {
            JsonNode output = Jsonata.output(this, c, raw, null, frame);
            Jsonata.assign(this, c.assign(), raw, null, frame);
            return new Step(output, c.next());
        }
        JsonNode effective = Io.parameters(c, Io.inputPath(c, raw, frame), frame);
        JsonNode result = p.result() != null ? p.result() : effective;
        Variables.assignJsonPath(c.assign(), result, frame);
        return new Step(Io.outputPath(c, Io.resultPath(c, raw, result), frame), c.next());
    }

    /** Succeed, Wait and Choice: InputPath then OutputPath (JSONPath) or Output (JSONata). */
    JsonNode plainOutput(State.Common c, JsonNode raw, Frame frame) {
        if (c.jsonata()) {
            JsonNode output = Jsonata.output(this, c, raw, null, frame);
            Jsonata.assign(this, c.assign(), raw, null, frame);
            return output;
        }
        JsonNode effective = Io.inputPath(c, raw, frame);
        Variables.assignJsonPath(c.assign(), effective, frame);
        return Io.outputPath(c, effective, frame);
    }

    static String text(JsonNode node) {
        return node.isTextual() ? node.asText() : Json.write(node);
    }
}
