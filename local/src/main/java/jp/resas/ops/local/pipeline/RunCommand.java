package jp.resas.ops.local.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import jp.resas.ops.dataset.infrastructure.CatalogService;
import jp.resas.ops.local.runtime.LocalPlatform;
import jp.resas.ops.sfn.Execution;
import jp.resas.ops.pipeline.RawStore;
import jp.resas.ops.pipeline.Run;
import jp.resas.ops.pipeline.infrastructure.PipelineService;
import jp.resas.ops.pipeline.RunRecords;
import jp.resas.ops.platform.web.Roles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Runs the data-update state machine for one dataset up to the owner's approval and prints the run. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the data-update state machine locally; it stops at the approval step and prints the run id.")
final class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PipelineOptions options = new PipelineOptions();

    @Option(names = "--dataset", required = true, paramLabel = "ID", description = "Dataset id.")
    String dataset;

    @Option(names = "--file", paramLabel = "FILE", description = "Raw file to use instead of collecting from the source.")
    Path file;

    @Option(names = "--token", paramLabel = "JWT", defaultValue = "${env:RESAS_OPS_TOKEN}",
            description = "An operator's (or admin's) token from 'resas-ops token' for this data directory "
                    + "(default: $RESAS_OPS_TOKEN); the run is recorded as started by its user.")
    String token;

    @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD", description = "Date codes must exist at (default: the spec's).")
    LocalDate referenceDate;

    @Override
    public Integer call() throws IOException {
        Optional<String> starter = CliToken.user(options.dataDirectory(), token, Set.of(Roles.OPERATOR, Roles.ADMIN),
                "operator", spec.commandLine().getErr());
        if (starter.isEmpty()) {
            return 2;
        }
        String user = starter.get();
        try (LocalPlatform platform = options.start(); LocalPipeline pipeline = new LocalPipeline(platform, options.dataDirectory())) {
            Run run = start(platform, dataset, file, user, referenceDate, pipeline);
            return Runs.print(spec.commandLine().getOut(), platform.context().getBean(RunRecords.class), run.id()) ? 0 : 1;
        }
    }

    /** Starts a run and its execution; returns once it waits for approval or has ended. */
    static Run start(LocalPlatform platform, String dataset, Path file, String user, LocalDate referenceDate,
            LocalPipeline pipeline) throws IOException {
        CatalogSeed.ensure(platform.context().getBean(CatalogService.class), user);
        String inboxKey = null;
        if (file != null) {
            inboxKey = "inbox/" + dataset + "/" + System.currentTimeMillis() + "-" + file.getFileName();
            try (InputStream in = Files.newInputStream(file)) {
                platform.context().getBean(RawStore.class).put(inboxKey, in);
            }
        }
        String name = PipelineService.executionName(dataset, null, String.valueOf(System.currentTimeMillis()));
        Run run = platform.context().getBean(PipelineService.class).start(dataset, null, name, referenceDate, user, true);
        pipeline.start(run, inboxKey);
        pipeline.awaitApprovalOrEnd(name, Duration.ofHours(6));
        return run;
    }
}
