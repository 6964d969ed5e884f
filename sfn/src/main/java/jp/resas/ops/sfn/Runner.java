package jp.resas.ops.sfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import jp.resas.ops.sfn.internal.engine.Branches;
import jp.resas.ops.sfn.internal.engine.ExecutionRun;
import jp.resas.ops.sfn.internal.engine.ExecutionTimedOut;
import jp.resas.ops.sfn.internal.engine.History;
import jp.resas.ops.sfn.internal.engine.Interpreter;
import jp.resas.ops.sfn.internal.engine.TaskTokens;
import jp.resas.ops.sfn.internal.task.StartExecutionIntegration;
import jp.resas.ops.sfn.internal.task.TaskIntegrations;

/**
 * Starts executions and receives task-token callbacks, like the Step Functions API does.
 * {@link #run} executes on the caller's thread; {@link #start} on a thread of its own, so the
 * caller can send callbacks while the execution waits.
 */
public final class Runner implements AutoCloseable {

    /** A task waiting for SendTaskSuccess/Failure: its token, execution and state. */
    public record PendingTask(String token, String executionArn, String stateName) {
    }

    private final RunnerConfig config;
    private final TaskTokens tokens;
    private final Map<String, Execution> executions = new ConcurrentHashMap<>();
    /** Finished executions' ARNs, oldest first: beyond the retention bound they are forgotten. */
    private final Deque<String> finished = new ArrayDeque<>();
    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "sfn-execution");
        t.setDaemon(true);
        return t;
    });

    private final Map<String, StateMachine> machines = new ConcurrentHashMap<>();
    private final Branches branches;
    private final TaskIntegrations integrations;

    public Runner(RunnerConfig config) {
        this.config = config;
        this.tokens = new TaskTokens(config.clock());
        this.branches = new Branches(config.concurrency());
        List<TaskIntegration> all =
                new ArrayList<>(config.integrations().integrations());
        all.add(new StartExecutionIntegration(this::startChild));
        this.integrations = new TaskIntegrations(all);
    }

    /** Makes {@code machine} startable by ARN from {@code states:startExecution} tasks. */
    public Runner register(StateMachine machine) {
        machines.put(stateMachineArn(machine), machine);
        return this;
    }

    private Execution startChild(String arn, String name, JsonNode input, boolean sync) {
        StateMachine machine = machines.get(arn);
        if (machine == null) {
            throw new StatesError("StepFunctions.StateMachineDoesNotExistException", "State Machine Does Not Exist: '"
                    + arn + "' (register it with the runner)");
        }
        return sync ? run(machine, name, input) : start(machine, name, input);
    }

    public RunnerConfig config() {
        return config;
    }

    public SfnClock clock() {
        return config.clock();
    }

    /** The virtual clock, to advance time past timeouts and heartbeats in tests. */
    public VirtualClock virtualClock() {
        if (config.clock() instanceof VirtualClock v) {
            return v;
        }
        throw new IllegalStateException("This runner uses the real clock");
    }

    /** Runs an execution to its end on this thread. {@code name} null means a generated name. */
    public Execution run(StateMachine machine, String name, JsonNode input) {
        Execution execution = prepare(machine, name, input);
        execute(machine, execution, input);
        return execution;
    }

    /** Starts an execution on its own thread and returns at once. */
    public Execution start(StateMachine machine, String name, JsonNode input) {
        Execution execution = prepare(machine, name, input);
        threads.execute(() -> execute(machine, execution, input));
        return execution;
    }

    /**
     * The execution {@code arn}, while it runs and among the last {@link RunnerConfig#retainedExecutions()}
     * finished ones; older executions are forgotten.
     */
    public Optional<Execution> execution(String arn) {
        return Optional.ofNullable(executions.get(arn));
    }

    /** The running executions and the retained finished ones. */
    public List<Execution> executions() {
        return List.copyOf(executions.values());
    }

    public List<PendingTask> pendingTasks() {
        return tokens.pending().stream()
                .map(p -> new PendingTask(p.token(), p.executionArn(), p.stateName())).toList();
    }

    /**
     * Waits (real time, up to {@code timeout}) until {@code execution} waits for a task token, and
     * returns that task; for tests and tools that answer callbacks.
     *
     * @throws IllegalStateException when no token is awaited in time
     */
    public PendingTask awaitTaskToken(Execution execution, Duration timeout) {
        try {
            TaskTokens.Pending p = tokens.await(execution.arn(), timeout.toMillis());
            if (p == null) {
                throw new IllegalStateException("No task token awaited by " + execution.arn() + " within " + timeout
                        + "; status " + execution.status());
            }
            return new PendingTask(p.token(), p.executionArn(), p.stateName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public void sendTaskSuccess(String token, JsonNode output) {
        tokens.succeed(token, output);
    }

    public void sendTaskFailure(String token, String error, String cause) {
        tokens.fail(token, error, cause);
    }

    public void sendTaskHeartbeat(String token) {
        tokens.heartbeat(token);
    }

    private Execution prepare(StateMachine machine, String name, JsonNode input) {
        String executionName = name == null || name.isBlank() ? UUID.randomUUID().toString() : name;
        String arn = "arn:aws:states:" + config.region() + ":" + config.account() + ":execution:" + machine.name()
                + ":" + executionName;
        History history = new History(config.clock());
        Execution execution = new Execution(arn, executionName, machine.name(), input, config.clock().now(), history);
        if (executions.putIfAbsent(arn, execution) != null) {
            throw new IllegalArgumentException("ExecutionAlreadyExists: " + arn);
        }
        return execution;
    }

    /**
     * Ends {@code execution}, first forgetting the oldest finished executions beyond the bound, so that
     * whoever awaits its end sees the runner's executions already pruned.
     */
    private void finish(Execution execution, ExecutionStatus status, JsonNode output, String error, String cause) {
        synchronized (finished) {
            finished.addLast(execution.arn());
            while (finished.size() > config.retainedExecutions()) {
                executions.remove(finished.removeFirst());
            }
        }
        execution.finish(status, output, error, cause);
    }

    private void execute(StateMachine machine, Execution execution, JsonNode input) {
        History history = execution.historyStore();
        ObjectNode started = Json.object();
        started.set("input", input);
        started.put("roleArn", roleArn());
        history.add("ExecutionStarted", 0, started);
        ExecutionRun run = new ExecutionRun(new ExecutionRun.Identity(execution.arn(), execution.name(),
                stateMachineArn(machine), machine.name(), roleArn(), input, execution.startDate()),
                new ExecutionRun.Services(config.clock(), integrations, tokens, config.store(), branches),
                history, machine.definition().timeoutSeconds());
        try {
            JsonNode output = new Interpreter(run).execute(machine.definition());
            history.add("ExecutionSucceeded", history.lastId(), detailsOutput(output));
            finish(execution, ExecutionStatus.SUCCEEDED, output, null, null);
        } catch (StatesError e) {
            ObjectNode details = Json.object();
            if (e.error() != null) {
                details.put("error", e.error());
            }
            if (e.cause() != null) {
                details.put("cause", e.cause());
            }
            history.add("ExecutionFailed", history.lastId(), details);
            finish(execution, ExecutionStatus.FAILED, null, e.error(), e.cause());
        } catch (ExecutionTimedOut e) {
            history.add("ExecutionTimedOut", history.lastId(), Json.object());
            finish(execution, ExecutionStatus.TIMED_OUT, null, "States.Timeout", e.getMessage());
        } catch (RuntimeException e) {
            String cause = "The local runner failed unexpectedly: " + e;
            history.add("ExecutionFailed", history.lastId(), Json.object().put("error", "States.Runtime")
                    .put("cause", cause));
            finish(execution, ExecutionStatus.FAILED, null, "States.Runtime", cause);
        }
    }

    private static ObjectNode detailsOutput(JsonNode output) {
        ObjectNode o = Json.object();
        o.set("output", output);
        return o;
    }

    private String roleArn() {
        return "arn:aws:iam::" + config.account() + ":role/resas-ops-local-sfn";
    }

    public String stateMachineArn(StateMachine machine) {
        return "arn:aws:states:" + config.region() + ":" + config.account() + ":stateMachine:" + machine.name();
    }

    @Override
    public void close() {
        threads.shutdownNow();
        branches.close();
    }
}
