package jp.resas.ops.sfn.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import jp.resas.ops.sfn.Json;
import jp.resas.ops.sfn.internal.asl.PathEvaluationException;
import jp.resas.ops.sfn.internal.asl.State;

/** Wait states: sleep on the runner's clock until a number of seconds or a timestamp. */
final class WaitRunner {

    private WaitRunner() {
    }

    static Interpreter.Step run(Interpreter in, State.Wait w, JsonNode raw, Frame frame) {
        State.Common c = w.common();
        Instant until;
        if (c.jsonata()) {
            var states = Jsonata.states(raw, null, null, frame);
            until = w.seconds() != null ? seconds(jsonataValue(in, w.seconds(), states, frame), "Seconds", frame)
                    : timestamp(jsonataValue(in, w.timestamp(), states, frame), "Timestamp", "", frame);
        } else {
            JsonNode effective = Io.inputPath(c, raw, frame);
            if (w.seconds() != null) {
                until = frame.run.clock().now().plusSeconds(w.seconds().asLong());
            } else if (w.timestamp() != null) {
                until = timestamp(w.timestamp(), "Timestamp", "", frame);
            } else if (w.secondsPath() != null) {
                JsonNode v = w.secondsPath().read(frame.scope(effective));
                String detail = ": " + w.secondsPath().text() + " == " + Interpreter.text(v);
                if (!v.isIntegralNumber() && !(v.isNumber() && v.decimalValue().stripTrailingZeros().scale() <= 0)) {
                    throw new PathEvaluationException("The SecondsPath parameter cannot be parsed as a long value"
                            + detail);
                }
                if (v.asLong() < 0) {
                    throw new PathEvaluationException("The SecondsPath parameter references a negative value" + detail);
                }
                until = frame.run.clock().now().plusSeconds(v.asLong());
            } else {
                JsonNode v = w.timestampPath().read(frame.scope(effective));
                until = timestamp(v, "TimestampPath", ": " + w.timestampPath().text() + " == " + Interpreter.text(v),
                        frame);
            }
        }
        sleep(in, until);
        return new Interpreter.Step(in.plainOutput(c, raw, frame), c.next());
    }

    private static JsonNode jsonataValue(Interpreter in, JsonNode template, java.util.Map<String, JsonNode> states,
                                         Frame frame) {
        return JsonataEvaluator.isExpression(template) ? Jsonata.eval(in, template, states, frame) : template;
    }

    private static Instant seconds(JsonNode v, String field, Frame frame) {
        if (!v.isIntegralNumber() || v.asLong() < 0) {
            throw new JsonataEvaluator.QueryException("The " + field + " field must be a non-negative integer, was "
                    + Json.write(v));
        }
        return frame.run.clock().now().plusSeconds(v.asLong());
    }

    private static Instant timestamp(JsonNode v, String field, String detail, Frame frame) {
        try {
            return OffsetDateTime.parse(v.asText()).toInstant();
        } catch (DateTimeParseException e) {
            throw new PathEvaluationException("The " + field
                    + " parameter does not reference a valid ISO-8601 extended offset date-time format string" + detail);
        }
    }

    /** Sleeps, but never past the execution's own deadline, so TimeoutSeconds still applies. */
    static void sleep(Interpreter in, Instant until) {
        Instant deadline = in.run().deadline;
        try {
            if (deadline != null && until.isAfter(deadline)) {
                in.run().clock().sleepUntil(deadline);
                throw new ExecutionTimedOut();
            }
            in.run().clock().sleepUntil(until);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new jp.resas.ops.sfn.StatesError("States.Runtime", "The execution was interrupted");
        }
    }
}
