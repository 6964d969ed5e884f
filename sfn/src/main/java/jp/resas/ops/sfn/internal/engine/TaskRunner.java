package jp.resas.ops.sfn.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import jp.resas.ops.sfn.Json;
import jp.resas.ops.sfn.StatesError;
import jp.resas.ops.sfn.TaskCall;
import jp.resas.ops.sfn.TaskIntegration;
import jp.resas.ops.sfn.internal.asl.State;

/** Task states: resolve the integration, call it, wait for a token if asked, record the events. */
final class TaskRunner {

    /** Threads for task calls with a TimeoutSeconds, so that the call can be interrupted. */
    private static final ExecutorService CALLS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "sfn-task");
        t.setDaemon(true);
        return t;
    });

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
            result = invoke(run, integration, new TaskCall(resource, pattern, parameters, c.name(),
                    run.identity().executionArn(), pending == null ? null : pending.token(), retryCount, t.resource()),
                    timeout);
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

    /**
     * Calls the integration. With a TimeoutSeconds the call runs on a thread of its own, which is
     * interrupted when the time passes on the runner's clock: the task then fails with States.Timeout,
     * as the service stops waiting for a function that runs too long.
     */
    private static JsonNode invoke(ExecutionRun run, TaskIntegration integration, TaskCall call, Long timeout) {
        if (timeout == null) {
            return integration.invoke(call);
        }
        Instant deadline = run.clock().now().plusSeconds(timeout);
        CompletableFuture<JsonNode> outcome = new CompletableFuture<>();
        Future<?> worker = CALLS.submit(() -> {
            try {
                outcome.complete(integration.invoke(call));
            } catch (Throwable e) {
                outcome.completeExceptionally(e);
            }
        });
        try {
            return run.clock().await(outcome, deadline);
        } catch (TimeoutException e) {
            worker.cancel(true);
            throw new StatesError(StatesError.TIMEOUT, null);
        } catch (InterruptedException e) {
            worker.cancel(true);
            Thread.currentThread().interrupt();
            throw new StatesError(StatesError.RUNTIME, "The execution was interrupted while its task '"
                    + call.stateName() + "' ran");
        } catch (IllegalStateException e) {
            // the clocks hand back the call's own failure as the cause
            if (outcome.isCompletedExceptionally() && e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (outcome.isCompletedExceptionally() && e.getCause() instanceof Error failure) {
                throw failure;
            }
            throw e;
        }
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
