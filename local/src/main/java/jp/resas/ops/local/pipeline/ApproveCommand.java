package jp.resas.ops.local.pipeline;

import java.time.Duration;
import java.util.concurrent.Callable;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.ForbiddenActionException;
import jp.resas.ops.common.NotFoundException;
import jp.resas.ops.local.runtime.LocalPlatform;
import jp.resas.ops.pipeline.Run;
import jp.resas.ops.pipeline.RunId;
import jp.resas.ops.pipeline.infrastructure.ApprovalService;
import jp.resas.ops.pipeline.RunRecords;
import jp.resas.ops.platform.web.Roles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Records the approver's decision and continues the run: the execution that stopped at the approval
 * ended with the {@code run} command's process, so a resumed execution of the same definition goes
 * straight to the approval step, which finds the decision and passes it on, and publishes.
 */
@Command(name = "approve", mixinStandardHelpOptions = true,
        description = "Approve (or --reject) a run waiting for approval; an approved run is published.")
final class ApproveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PipelineOptions options = new PipelineOptions();

    @Parameters(index = "0", paramLabel = "RUN", description = "The run id printed by 'pipeline run'.")
    long runId;

    @Option(names = "--token", paramLabel = "JWT", defaultValue = "${env:RESAS_OPS_TOKEN}",
            description = "An approver's token from 'resas-ops token' for this data directory (default: $RESAS_OPS_TOKEN); "
                    + "the decision is recorded under its user, who must not have started the run.")
    String token;

    @Option(names = "--comment", paramLabel = "TEXT", description = "A comment kept with the decision.")
    String comment;

    @Option(names = "--reject", description = "Reject instead of approving.")
    boolean reject;

    @Override
    public Integer call() {
        RunId id = new RunId(runId);
        java.util.Optional<String> decider = CliToken.user(options.dataDirectory(), token, java.util.Set.of(Roles.APPROVER),
                "approver", spec.commandLine().getErr());
        if (decider.isEmpty()) {
            return 2;
        }
        String approver = decider.get();
        try (LocalPlatform platform = options.start(); LocalPipeline pipeline = new LocalPipeline(platform, options.dataDirectory())) {
            Run run;
            try {
                run = platform.context().getBean(ApprovalService.class).decide(id, approver, !reject, comment, "cli");
            } catch (ConflictException | ForbiddenActionException | NotFoundException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 2;
            }
            // The decision went to the waiting execution; the one that stopped with the 'run' command's
            // process was resumed here and carries it on (publishes, or records the rejection).
            String resumed = pipeline.resumedExecution(id).orElse(null);
            if (resumed != null) {
                pipeline.awaitApprovalOrEnd(resumed, Duration.ofHours(1));
            }
            return Runs.print(spec.commandLine().getOut(), platform.context().getBean(RunRecords.class), id) ? 0 : 1;
        }
    }
}
