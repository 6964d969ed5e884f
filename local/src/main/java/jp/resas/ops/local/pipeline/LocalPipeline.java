package jp.resas.ops.local.pipeline;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jp.resas.ops.functions.platform.InProcessContext;
import jp.resas.ops.local.runtime.LocalFunctions;
import jp.resas.ops.local.runtime.LocalPlatform;
import jp.resas.ops.pipeline.ApprovalCallbacks;
import jp.resas.ops.pipeline.ExecutionInput;
import jp.resas.ops.pipeline.ExecutionRedriver;
import jp.resas.ops.pipeline.ExecutionStarter;
import jp.resas.ops.pipeline.Run;
import jp.resas.ops.pipeline.RunId;
import jp.resas.ops.pipeline.infrastructure.ApprovalRelay;
import jp.resas.ops.pipeline.infrastructure.FailureService;
import jp.resas.ops.pipeline.RunRecords;
import jp.resas.ops.sfn.DirectoryObjectStore;
import jp.resas.ops.sfn.Execution;
import jp.resas.ops.sfn.Json;
import jp.resas.ops.sfn.LambdaFunction;
import jp.resas.ops.sfn.LambdaFunctionError;
import jp.resas.ops.sfn.Runner;
import jp.resas.ops.sfn.RunnerConfig;
import jp.resas.ops.sfn.StateMachine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The data-update state machine in this process: the definition CDK deploys
 * ({@code statemachines/data-update.asl.json}), its Lambda tasks bound to the handlers on the platform's
 * context, S3 tasks on the data directory's object store, real time (an approval waits for a person).
 * Decisions taken through the API or the CLI reach the waiting execution through the {@link ApprovalRelay}.
 */
public final class LocalPipeline implements AutoCloseable {

    public static final String DEFINITION = "/statemachines/data-update.asl.json";
    /** The state machine's name, as the Pipeline stack names it (schedules in the catalogue start it by this name). */
    public static final String STATE_MACHINE_NAME = "ResasOps-DataUpdate";
    /** CDK's definition substitutions, here: each step function's catalogue name (catalogue/functions.json) and the bucket. */
    static final Map<String, String> SUBSTITUTIONS = substitutions(jp.resas.ops.catalogue.Catalogue.load());
    private static final Logger LOG = LoggerFactory.getLogger(LocalPipeline.class);

    /** This process as the executor of the executions it runs: pid and start time (a reused pid is another process). */
    public static final String EXECUTOR = "local:" + ProcessHandle.current().pid() + ":"
            + ProcessHandle.current().info().startInstant().map(java.time.Instant::toEpochMilli).orElse(0L);

    private final Runner runner;
    private final StateMachine machine;
    private final RunRecords runs;
    private final FailureService failures;
    private final Map<Long, String> resumed = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Long, String> redriven = new java.util.concurrent.ConcurrentHashMap<>();
    private final Object starting = new Object();
    private java.util.concurrent.ScheduledExecutorService watch;

    public LocalPipeline(LocalPlatform platform, Path dataDir) {
        LocalFunctions functions = new LocalFunctions();
        this.runner = new Runner(RunnerConfig.builder().realTime(true)
                .objectStore(new DirectoryObjectStore(dataDir.resolve("objects")))
                .lambdas(name -> functions.handler(name, platform.context()).map(LocalPipeline::function))
                .build());
        this.machine = StateMachine.parse(STATE_MACHINE_NAME, definition());
        this.runs = platform.context().getBean(RunRecords.class);
        this.failures = platform.context().getBean(FailureService.class);
        platform.context().getBean(ApprovalRelay.class).connect(new ApprovalCallbacks() {
            @Override
            public void approved(String token, RunId run) {
                deliver(() -> runner.sendTaskSuccess(token, Json.object().put("approved", true)), run);
            }

            @Override
            public void rejected(String token, RunId run, String comment) {
                deliver(() -> runner.sendTaskFailure(token, "Pipeline.Rejected", comment == null ? "" : comment), run);
            }

            @Override
            public void stillReviewing(String token, RunId run) {
                deliver(() -> runner.sendTaskHeartbeat(token), run);
            }
        });
    }

    /**
     * Delivers a decision to the execution holding the token; when no execution of this process holds it
     * (it ended with another process: a restart, or a CLI run), the run's execution is resumed here, as
     * Step Functions would still be waiting: the resumed approval step finds the recorded decision (once
     * the decision's transaction commits) and continues with it. A decision is never left undelivered.
     */
    private void deliver(Runnable callback, RunId run) {
        try {
            callback.run();
        } catch (RuntimeException e) {
            LOG.info("no execution of run {} waits in this process ({}); resuming it", run.value(), e.getMessage());
            resume(run);
        }
    }

    /** Starts an execution that goes straight to the approval step of a staged run; returns its name. */
    public String resume(RunId id) {
        synchronized (starting) {
            Run run = runs.find(id).orElseThrow(id::notFound);
            String name = run.executionName() + "-resumed-" + System.currentTimeMillis();
            start(name, input(id.value(), run.dataset().value(), run.roundId(), null, run.startedBy()).put("resume", true));
            runs.executor(id, EXECUTOR);
            resumed.put(id.value(), name);
            return name;
        }
    }

    /**
     * Redrives a failed run here: an execution of the run with the input it was started with (its inbox
     * object, if it collected one) starts from the beginning and collects again into a new version; its
     * approval step waits for a new decision. The runner itself needs no redrive: a redrive that would
     * resume at the failed step would find the failed version discarded. Returns the execution's name.
     */
    public ExecutionRedriver.Outcome redrive(Run run, String execution, String inboxKey) {
        synchronized (starting) {
            String name = run.executionName() + "-redriven-" + System.currentTimeMillis();
            start(name, input(run.id().value(), run.dataset().value(), run.roundId(), inboxKey, run.startedBy()));
            runs.executor(run.id(), EXECUTOR);
            redriven.put(run.id().value(), name);
            LOG.info("run {}: execution {} redriven as {}", run.id().value(), execution, name);
            return ExecutionRedriver.Outcome.REDRIVEN;
        }
    }

    /** The name of the execution last redriven for the run in this process, if any. */
    public java.util.Optional<String> redrivenExecution(RunId id) {
        return java.util.Optional.ofNullable(redriven.get(id.value()));
    }

    /** The name of the execution last resumed for the run in this process, if any. */
    public java.util.Optional<String> resumedExecution(RunId id) {
        return java.util.Optional.ofNullable(resumed.get(id.value()));
    }

    /**
     * Finds unfinished runs whose execution is gone (its process ended, or this process has no such
     * execution) and settles each: a run waiting for approval is resumed (its decision, recorded or still
     * to come, reaches the new execution); a run lost before that is failed with the reason and an
     * incident (its partial version discarded), so it never stays RUNNING. Answers how many it settled.
     */
    public int recoverLostRuns() {
        int settled = 0;
        synchronized (starting) {
            java.util.Set<String> here = new java.util.HashSet<>();
            runner.executions().stream().filter(e -> e.status() == jp.resas.ops.sfn.ExecutionStatus.RUNNING)
                    .forEach(e -> here.add(e.name()));
            for (jp.resas.ops.pipeline.UnfinishedRun entry : runs.unfinished()) {
                Run run = entry.run();
                String current = runs.execution(run.id()).orElse(run.executionName());
                if (alive(entry.executor(), here, current, run)) {
                    continue;
                }
                settled++;
                if (run.status() == jp.resas.ops.pipeline.RunStatus.AWAITING_APPROVAL) {
                    LOG.warn("run {} waits for approval but its execution is gone: resuming it", run.id().value());
                    resume(run.id());
                } else {
                    LOG.warn("run {} is RUNNING but its execution is gone: failing it", run.id().value());
                    failures.fail(run.id(), "Pipeline.ExecutionLost", "the execution of run " + run.id().value()
                            + " ended with its process (" + entry.executor() + ") before it reached the approval; "
                            + "start the run again to collect anew", null);
                }
            }
        }
        return settled;
    }

    private static boolean alive(String executor, java.util.Set<String> here, String current, Run run) {
        if (here.contains(current) || here.contains(run.executionName())) {
            return true;
        }
        if ("null".equals(executor)) {
            // Made by a step of an execution of this process (a schedule) that has not named itself yet.
            return run.startedAt().isAfter(java.time.Instant.now().minus(Duration.ofMinutes(2)));
        }
        if (EXECUTOR.equals(executor)) {
            return here.contains(current) || here.contains(run.executionName())
                    || here.stream().anyMatch(name -> name.startsWith(run.executionName() + "-resumed-")
                            || name.startsWith(run.executionName() + "-redriven-"));
        }
        String[] parts = executor.split(":");
        if (parts.length != 3 || !"local".equals(parts[0])) {
            return false;
        }
        try {
            long pid = Long.parseLong(parts[1]);
            long started = Long.parseLong(parts[2]);
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).flatMap(p -> p.info().startInstant())
                    .map(at -> at.toEpochMilli() == started).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Settles lost runs now and then every {@code period} (the runtime's watch). */
    public void watchLostRuns(Duration period) {
        recoverLostRuns();
        watch = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "pipeline-watch");
            thread.setDaemon(true);
            return thread;
        });
        watch.scheduleWithFixedDelay(() -> {
            try {
                recoverLostRuns();
            } catch (RuntimeException e) {
                LOG.warn("looking for lost pipeline runs failed: {}", e.getMessage());
            }
        }, period.toMillis(), period.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    static Map<String, String> substitutions(jp.resas.ops.catalogue.Catalogue catalogue) {
        Map<String, String> substitutions = new java.util.HashMap<>();
        catalogue.functions().forEach(spec -> spec.definitionSubstitution().ifPresent(name ->
                substitutions.put(name, spec.name())));
        substitutions.put("StagingBucket", "resas-ops-staging");
        return Map.copyOf(substitutions);
    }

    /** The shipped definition with the local function names and bucket in place of CDK's substitutions. */
    public static String definition() {
        try (InputStream in = LocalPipeline.class.getResourceAsStream(DEFINITION)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (Map.Entry<String, String> entry : SUBSTITUTIONS.entrySet()) {
                text = text.replace("${" + entry.getKey() + "}", entry.getValue());
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFINITION, e);
        }
    }

    public Execution start(String name, JsonNode input) {
        return runner.start(machine, name, input);
    }

    /** The input Step Functions gets from the ops API in AWS ({@link ExecutionInput}), as a JSON object. */
    public static ObjectNode input(Long runId, String dataset, Long roundId, String inboxKey, String user) {
        return Json.MAPPER.valueToTree(new ExecutionInput(runId, dataset, roundId, inboxKey, user, null).fields());
    }

    /**
     * Starts a run's execution here, as the ops API does in AWS: a second start of the same run answers
     * {@code ALREADY_STARTED}, as Step Functions' {@code ExecutionAlreadyExists} does.
     */
    public ExecutionStarter.Outcome start(Run run, String inboxKey) {
        try {
            synchronized (starting) {
                start(run.executionName(), input(run.id().value(), run.dataset().value(), run.roundId(), inboxKey, run.startedBy()));
                runs.executor(run.id(), EXECUTOR);
            }
            return ExecutionStarter.Outcome.STARTED;
        } catch (IllegalArgumentException e) {
            if (String.valueOf(e.getMessage()).startsWith("ExecutionAlreadyExists")) {
                return ExecutionStarter.Outcome.ALREADY_STARTED;
            }
            throw e;
        }
    }

    /** Waits until the execution waits for its approval (true) or ends (false). */
    public boolean awaitApprovalOrEnd(Execution execution, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (runner.pendingTasks().stream().filter(task -> task.executionArn().equals(execution.arn()))
                    .anyMatch(task -> stored(execution, task.token()))) {
                return true;
            }
            try {
                execution.await(Duration.ofMillis(200));
                return false;
            } catch (java.util.concurrent.TimeoutException e) {
                // still running: look for the approval task again
            }
        }
        throw new IllegalStateException("the execution neither ended nor reached the approval within " + timeout);
    }

    /** The approval step has stored its token with the run (the run is awaiting approval), or it names no run. */
    private boolean stored(Execution execution, String token) {
        JsonNode runId = execution.input().path("runId");
        return !runId.canConvertToLong() || runs.token(new RunId(runId.asLong())).map(token::equals).orElse(false);
    }

    /** As {@link #awaitApprovalOrEnd(Execution, Duration)}, for the execution started under {@code name}. */
    /** Starts the execution a schedule would, for the planned time {@code scheduledTime}. */
    public Execution startScheduled(String dataset, String scheduledTime) {
        return start("scheduled-" + dataset + "-" + System.currentTimeMillis(),
                Json.MAPPER.valueToTree(ExecutionInput.scheduled(dataset, scheduledTime).fields()));
    }

    /** Starts the execution a catalogue schedule named {@code schedule} starts, with its input (the planned time in it). */
    public Execution startScheduledInput(String schedule, String input) {
        return start("scheduled-" + schedule + "-" + System.currentTimeMillis(), Json.parse(input));
    }

    public boolean awaitApprovalOrEnd(String name, Duration timeout) {
        Execution execution = runner.executions().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no execution named " + name));
        return awaitApprovalOrEnd(execution, timeout);
    }

    public List<Runner.PendingTask> pending() {
        return runner.pendingTasks();
    }

    private static LambdaFunction function(RequestStreamHandler handler) {
        return (event, requestId) -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                handler.handleRequest(new ByteArrayInputStream(Json.write(event).getBytes(StandardCharsets.UTF_8)), out,
                        new InProcessContext("pipeline"));
            } catch (IOException | RuntimeException e) {
                throw new LambdaFunctionError(e.getClass().getSimpleName(), String.valueOf(e.getMessage()), List.of());
            }
            String text = out.toString(StandardCharsets.UTF_8);
            return text.isBlank() ? Json.NODES.nullNode() : Json.parse(text);
        };
    }

    @Override
    public void close() {
        if (watch != null) {
            watch.shutdownNow();
        }
        runner.close();
    }

}
