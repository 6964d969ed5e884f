package jp.resas.ops.local.runtime;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.List;
import java.util.function.BiConsumer;
import jp.resas.ops.catalogue.Catalogue;
import jp.resas.ops.catalogue.ScheduleSpec;
import jp.resas.ops.local.pipeline.LocalPipeline;
import jp.resas.ops.pipeline.infrastructure.ExecutionRelay;

/**
 * Everything {@code resas-ops local} runs: the platform serving the API, the schedules, and the
 * data-update state machine that runs started through the API (and the owner's decisions) reach.
 * Closing it stops them in reverse order.
 */
public final class LocalRuntime implements AutoCloseable {

    /** The catalogue's schedule of the notification sweep's digest (run here on the sweep's own thread). */
    public static final String DIGEST_SCHEDULE = "incident-digest";

    static final ZoneId JST = LocalSchedules.JST;
    static final java.time.Duration LOST_RUN_WATCH = java.time.Duration.ofMinutes(1);
    static final java.time.Duration TEMPORARY_FILE_IDLE = java.time.Duration.ofMinutes(10);

    private final LocalPlatform platform;
    private final LocalSchedules schedules;
    private final LocalPipeline pipeline;

    private LocalRuntime(LocalPlatform platform, LocalSchedules schedules, LocalPipeline pipeline) {
        this.platform = platform;
        this.schedules = schedules;
        this.pipeline = pipeline;
    }

    /** @param scheduled the catalogue's schedules to run ({@link LocalSchedules#fromCatalogue}) */
    public static LocalRuntime start(Path dataDir, LocalDatabase database, int port, List<ScheduleSpec> scheduled) {
        return start(dataDir, database, LocalPlatform.LOOPBACK, port, scheduled);
    }

    /** As above, listening on {@code host} (an address of this machine; 0.0.0.0 for every interface). */
    public static LocalRuntime start(Path dataDir, LocalDatabase database, String host, int port,
            List<ScheduleSpec> scheduled) {
        LocalPlatform platform = LocalPlatform.serve(dataDir, database, host, port);
        try {
            LocalPipeline pipeline = new LocalPipeline(platform, dataDir);
            platform.context().getBean(ExecutionRelay.class).connect(pipeline::start);
            platform.context().getBean(jp.resas.ops.pipeline.infrastructure.RedriveRelay.class).connect(pipeline::redrive);
            // Runs whose execution ended with an earlier process: resumed at their approval, or failed.
            pipeline.watchLostRuns(LOST_RUN_WATCH);
            TemporaryFiles.sweep(dataDir.resolve("objects"), TEMPORARY_FILE_IDLE);
            LocalFunctions functions = new LocalFunctions();
            LocalSchedules schedules = new LocalSchedules(platform.context(), functions, List.of());
            Map<String, BiConsumer<String, String>> machines = Map.of(LocalPipeline.STATE_MACHINE_NAME,
                    pipeline::startScheduledInput);
            scheduled.forEach(spec -> schedules.add(spec, platform.context(), functions, machines));
            // The sweep's business-hours digest (catalogue schedule 'incident-digest', local 'off': here it runs on the
            // sweep's own thread, between the intake's triggers and the sweep's wake-ups, as in AWS one at a time).
            ScheduleSpec digest = Catalogue.load().schedule(DIGEST_SCHEDULE);
            schedules.add(new LocalSchedules.CronEntry("incident-notify digest", SchedulerCron.parse(digest.expression()),
                    JST, at -> platform.sweepSoon()));
            // What waited across a restart (pages, escalations, retries): one sweep, which re-arms the next.
            platform.sweepSoon();
            return new LocalRuntime(platform, schedules, pipeline);
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    public LocalPlatform platform() {
        return platform;
    }

    public LocalPipeline pipeline() {
        return pipeline;
    }

    @Override
    public void close() {
        try {
            schedules.close();
            pipeline.close();
        } finally {
            platform.close();
        }
    }
}
