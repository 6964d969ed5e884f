package jp.resas.ops.local.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import jp.resas.ops.local.pipeline.LocalPipeline;
import jp.resas.ops.local.runtime.LocalFunctions;
import jp.resas.ops.local.runtime.LocalPlatform;
import jp.resas.ops.local.runtime.LocalSchedules;
import jp.resas.ops.pipeline.infrastructure.ExecutionRelay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "local", mixinStandardHelpOptions = true,
        description = "Run the platform on this machine: embedded PostgreSQL, migrations, the ops API.")
final class LocalCommand implements java.util.concurrent.Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port of the API (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--collectors", description = "Also run the collectors daily (needs AWS credentials or LocalStack).")
    boolean collectors;

    @Option(names = "--demo", description = "Seed the catalog and run one data-update round end to end (docs/data-pipeline.md).")
    boolean demo;

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        jp.resas.ops.local.pipeline.Demo demoRound = demo ? jp.resas.ops.local.pipeline.Demo.prepare() : null;
        LocalPlatform platform = LocalPlatform.serve(database.dataDirectory(), database.open(), port);
        java.util.List<LocalSchedules.Entry> entries = new java.util.ArrayList<>(LocalSchedules.DEFAULT);
        if (collectors) {
            entries.addAll(LocalSchedules.COLLECTORS);
        }
        LocalSchedules schedules = new LocalSchedules(platform.context(), new LocalFunctions(), entries);
        // Runs started through the API, and the owner's decisions, reach the data-update state machine here.
        LocalPipeline pipeline = new LocalPipeline(platform, database.dataDirectory());
        platform.context().getBean(ExecutionRelay.class).connect(pipeline::start);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            schedules.close();
            pipeline.close();
            platform.close();
            stopped.countDown();
        }, "resas-ops-shutdown"));
        Duration startup = Duration.ofNanos(System.nanoTime() - started);
        spec.commandLine().getOut().printf("RESAS Ops is running on http://localhost:%d (data: %s, started in %d ms)%n"
                + "Get a token: resas-ops token --user NAME --groups operator%n", port, database.dataDirectory(),
                startup.toMillis());
        spec.commandLine().getOut().flush();
        if (demoRound != null) {
            demoRound.run(platform, pipeline, database.dataDirectory(), port, spec.commandLine().getOut());
        }
        stopped.await();
        return 0;
    }
}
