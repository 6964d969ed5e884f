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
import jp.resas.ops.local.sfn.Execution;
import jp.resas.ops.local.sfn.Runner;
import jp.resas.ops.local.sfn.RunnerConfig;
import jp.resas.ops.local.sfn.StateMachine;
import jp.resas.ops.local.sfn.json.Json;
import jp.resas.ops.local.sfn.lambda.LambdaFunction;
import jp.resas.ops.local.sfn.lambda.LambdaFunctionError;
import jp.resas.ops.local.sfn.store.DirectoryObjectStore;
import jp.resas.ops.pipeline.ApprovalCallbacks;
import jp.resas.ops.pipeline.ExecutionInput;
import jp.resas.ops.pipeline.ExecutionStarter;
import jp.resas.ops.pipeline.Run;
import jp.resas.ops.pipeline.RunId;
import jp.resas.ops.pipeline.infrastructure.ApprovalRelay;
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
    static final Map<String, String> SUBSTITUTIONS = Map.of("CollectFunction", "pipeline-collect",
            "ProcessFunction", "pipeline-process", "ApprovalFunction", "pipeline-approval",
            "PublishFunction", "pipeline-publish", "FailFunction", "pipeline-fail", "StagingBucket", "resas-ops-staging");
    private static final Logger LOG = LoggerFactory.getLogger(LocalPipeline.class);

    private final Runner runner;
    private final StateMachine machine;

    public LocalPipeline(LocalPlatform platform, Path dataDir) {
        LocalFunctions functions = new LocalFunctions();
        this.runner = new Runner(RunnerConfig.builder().realTime(true)
                .objectStore(new DirectoryObjectStore(dataDir.resolve("objects")))
                .lambdas(name -> functions.handler(name, platform.context()).map(LocalPipeline::function))
                .build());
        this.machine = StateMachine.parse("ResasOps-DataUpdate", definition());
        platform.context().getBean(ApprovalRelay.class).connect(new ApprovalCallbacks() {
            @Override
            public void approved(String token, RunId run) {
                send(() -> runner.sendTaskSuccess(token, Json.object().put("approved", true)), run);
            }

            @Override
            public void rejected(String token, RunId run, String comment) {
                send(() -> runner.sendTaskFailure(token, "Pipeline.Rejected", comment == null ? "" : comment), run);
            }

            @Override
            public void stillReviewing(String token, RunId run) {
                send(() -> runner.sendTaskHeartbeat(token), run);
            }
        });
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

    private static void send(Runnable callback, RunId run) {
        try {
            callback.run();
        } catch (RuntimeException e) {
            // The execution that issued the token is gone (another process); the decision stays recorded.
            LOG.info("no execution of run {} waits in this process ({}); the decision is recorded", run.value(), e.getMessage());
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
            start(run.executionName(), input(run.id().value(), run.dataset(), run.roundId(), inboxKey, run.startedBy()));
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
            if (!runner.pendingTasks().stream().filter(task -> task.executionArn().equals(execution.arn())).toList().isEmpty()) {
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

    /** As {@link #awaitApprovalOrEnd(Execution, Duration)}, for the execution started under {@code name}. */
    /** Starts the execution a schedule would, for the planned time {@code scheduledTime}. */
    public Execution startScheduled(String dataset, String scheduledTime) {
        return start("scheduled-" + dataset + "-" + System.currentTimeMillis(),
                Json.MAPPER.valueToTree(ExecutionInput.scheduled(dataset, scheduledTime).fields()));
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
        runner.close();
    }

}
