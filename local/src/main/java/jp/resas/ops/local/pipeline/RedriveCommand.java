package jp.resas.ops.local.pipeline;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.NotFoundException;
import jp.resas.ops.local.runtime.LocalPlatform;
import jp.resas.ops.pipeline.RunId;
import jp.resas.ops.platform.web.Roles;
import jp.resas.ops.pipeline.infrastructure.RedriveRelay;
import jp.resas.ops.pipeline.infrastructure.RedriveService;
import jp.resas.ops.pipeline.RunRecords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Redrives a FAILED run (a round's or a manual {@code pipeline run}) in this process, as {@code POST
 * /pipeline/runs/{id}/redrive} does on {@code resas-ops local}: the run collects again into a new version
 * and stops at the approval (a new one is needed), or fails again with the reason.
 */
@Command(name = "redrive", mixinStandardHelpOptions = true,
        description = "Run a failed run again: it collects anew and stops at the approval step; prints the run.")
final class RedriveCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PipelineOptions options = new PipelineOptions();

    @Parameters(index = "0", paramLabel = "RUN", description = "The failed run's id.")
    long runId;

    @Option(names = "--token", paramLabel = "JWT", defaultValue = "${env:RESAS_OPS_TOKEN}",
            description = "An operator's (or admin's) token from 'resas-ops token' for this data directory "
                    + "(default: $RESAS_OPS_TOKEN); the redrive is recorded under its user.")
    String token;

    @Option(names = "--comment", paramLabel = "TEXT", description = "Why (kept with the redrive).")
    String comment;

    @Override
    public Integer call() {
        Optional<String> operator = CliToken.user(options.dataDirectory(), token, Set.of(Roles.OPERATOR, Roles.ADMIN),
                "operator", spec.commandLine().getErr());
        if (operator.isEmpty()) {
            return 2;
        }
        String user = operator.get();
        RunId id = new RunId(runId);
        try (LocalPlatform platform = options.start(); LocalPipeline pipeline = new LocalPipeline(platform, options.dataDirectory())) {
            platform.context().getBean(RedriveRelay.class).connect(pipeline::redrive);
            try {
                platform.context().getBean(RedriveService.class).redrive(id, user, comment, "cli");
            } catch (ConflictException | NotFoundException e) {
                spec.commandLine().getErr().println(e.getMessage());
                return 2;
            }
            pipeline.redrivenExecution(id).ifPresent(name -> pipeline.awaitApprovalOrEnd(name, Duration.ofHours(6)));
            return Runs.print(spec.commandLine().getOut(), platform.context().getBean(RunRecords.class), id) ? 0 : 1;
        }
    }
}
