package jp.resas.ops.sfn.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import jp.resas.ops.sfn.Json;
import jp.resas.ops.sfn.StatesError;
import jp.resas.ops.sfn.TaskCall;
import jp.resas.ops.sfn.TaskIntegration;
import jp.resas.ops.sfn.internal.asl.State;

/** Task states: resolve the integration, call it, wait for a token if asked, record the events. */
final class TaskRunner {

    private final Interpreter in;

    TaskRunner(Interpreter in) {
        this.in = in;
    }

    Interpreter.Step run(State.Task t, JsonNode raw, Frame frame) {
        return Retrying.run(in, t.common(), t.retry(), t.catchers(), raw, frame, retry -> once(t, raw, frame, retry));
    }

    private JsonNode once(State.Task t, JsonNode raw, Frame frame, int retryCount) {
        State.Common c = t.common();
        ExecutionRun run = in.run();
        frame.retry(retryCount);
        Long timeout = Timings.seconds(in, t.timeout(), "TimeoutSeconds", raw, frame);
        Long heartbeat = Timings.seconds(in, t.heartbeat(), "HeartbeatSeconds", raw, frame);
        TaskCall.Pattern pattern = TaskCall.Pattern.of(t.resource());
        String resource = TaskCall.Pattern.strip(t.resource());
        TaskIntegration integration = run.services().integrations().find(resource, c.name());
        TaskTokens.Pending pending = null;
        if (pattern == TaskCall.Pattern.WAIT_FOR_TASK_TOKEN) {
            pending = run.services().tokens().issue(run.identity().executionArn(), c.name());
            frame.token(pending.token());
        }
        JsonNode parameters = Results.effectiveInput(in, c, raw, frame);
        boolean lambda = integration.lambdaEvents(resource);
        String prefix = lambda ? "LambdaFunction" : "Task";
        History history = run.history();
        ObjectNode scheduled = Json.object();
        scheduled.put("resource", lambda ? resource : resourceName(resource));
        if (!lambda) {
            scheduled.put("resourceType", resourceType(resource));
        }
        scheduled.set(lambda ? "input" : "parameters", parameters);
        history.add(prefix + "Scheduled", history.lastId(), scheduled);
        history.add(prefix + "Started", history.lastId(), Json.object());
        JsonNode result;
        try {
            Instant started = run.clock().now();
            result = integration.invoke(new TaskCall(resource, pattern, parameters, c.name(),
                    run.identity().executionArn(), pending == null ? null : pending.token(), retryCount, t.resource()));
            if (timeout != null && Duration.between(started, run.clock().now()).getSeconds() >= timeout) {
                throw new StatesError(StatesError.TIMEOUT, null);
            }
            if (pending != null && !integration.answersCallbacks()) {
                history.add("TaskSubmitted", history.lastId(), History.details("output", result));
                result = TokenWait.await(run, pending, timeout, heartbeat);
            }
        } catch (StatesError e) {
            String type = e.error().equals(StatesError.TIMEOUT) || e.error().equals(StatesError.HEARTBEAT_TIMEOUT)
                    ? "TimedOut" : "Failed";
            history.add(prefix + type, history.lastId(), History.error(e.error(), e.cause()));
            throw e;
        } finally {
            if (pending != null) {
                run.services().tokens().forget(pending);
            }
        }
        history.add(prefix + "Succeeded", history.lastId(), History.details("output", result));
        return Results.apply(in, c, raw, result, frame);
    }

    /** {@code arn:aws:states:::lambda:invoke} → {@code invoke}; the event shows the action name. */
    private static String resourceName(String resource) {
        String rest = resource.substring(resource.lastIndexOf(':') + 1);
        return rest.isEmpty() ? resource : rest;
    }

    private static String resourceType(String resource) {
        String[] parts = resource.split(":");
        return parts.length > 6 ? parts[parts.length - 2] : resource;
    }
}
