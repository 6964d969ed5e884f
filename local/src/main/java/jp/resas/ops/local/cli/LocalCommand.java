package jp.resas.ops.local.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import jp.resas.ops.local.runtime.LocalRuntime;
import jp.resas.ops.local.runtime.LocalSchedules;
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

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port of the API (default: ${DEFAULT-VALUE}; 0: any free port, printed).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address the API listens on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--collectors", description = "Also run the collectors daily (needs AWS credentials or LocalStack).")
    boolean collectors;

    @Option(names = "--demo", description = "Seed the catalog and run one data-update round end to end (docs/data-pipeline.md).")
    boolean demo;

    @Option(names = "--monitored-system", paramLabel = "FILE",
            description = "The monitored-system description (default: RESAS_MONITORED_SYSTEM, else the bundled sample; docs/collectors.md).")
    java.nio.file.Path monitoredSystem;

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        if (monitoredSystem != null) {
            System.setProperty("resas.monitored-system", monitoredSystem.toAbsolutePath().toString());
        }
        jp.resas.ops.monitored.MonitoredSystem watched;
        try {
            watched = monitoredSystem != null ? jp.resas.ops.monitored.MonitoredSystemReader.read(monitoredSystem)
                    : jp.resas.ops.monitored.MonitoredSystemReader.load(System.getenv());
        } catch (jp.resas.ops.monitored.InvalidDescriptionException e) {
            spec.commandLine().getErr().println(e.getMessage());
            return 2;
        }
        jp.resas.ops.local.pipeline.Demo demoRound = demo ? jp.resas.ops.local.pipeline.Demo.prepare() : null;
        LocalRuntime runtime = LocalRuntime.start(database.dataDirectory(), database.open(), host, port,
                LocalSchedules.fromCatalogue(jp.resas.ops.catalogue.Catalogue.load(), collectors));
        java.nio.file.Path address = database.dataDirectory().resolve(LoginUrlCommand.ADDRESS_FILE);
        int served = runtime.platform().context().getBean(io.micronaut.runtime.server.EmbeddedServer.class).getPort();
        java.nio.file.Files.writeString(address, "http://" + (host.equals("0.0.0.0") ? "localhost" : host) + ":" + served);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                java.nio.file.Files.deleteIfExists(address);
            } catch (java.io.IOException ignored) {
                // a stale address file only makes login-url print a link that does not answer
            }
            runtime.close();
            stopped.countDown();
        }, "resas-ops-shutdown"));
        Duration startup = Duration.ofNanos(System.nanoTime() - started);
        spec.commandLine().getOut().printf("RESAS Ops is running on http://%s:%d (data: %s, started in %d ms)%n"
                + "Get a token: resas-ops token --user NAME --groups operator%n"
                + "Open the portal: resas-ops login-url --user NAME --groups operator%s (prints a one-time URL)%n",
                host, served, database.dataDirectory(),
                startup.toMillis(), database.dataDirectory().equals(jp.resas.ops.local.runtime.DataDirectory.resolve(null))
                        ? "" : " --data-dir " + database.dataDirectory());
        spec.commandLine().getOut().printf("Watching %s: %s (and %s)%n", watched.name(), String.join(", ",
                watched.services().stream().map(jp.resas.ops.monitored.MonitoredService::id).toList()),
                watched.opsPlatform().id());
        spec.commandLine().getOut().flush();
        if (demoRound != null) {
            demoRound.run(runtime.platform(), runtime.pipeline(), database.dataDirectory(), port,
                    spec.commandLine().getOut());
        }
        stopped.await();
        return 0;
    }
}
