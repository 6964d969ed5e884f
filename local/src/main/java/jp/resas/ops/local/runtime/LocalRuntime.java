package jp.resas.ops.local.runtime;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Map;
import java.util.List;
import jp.resas.ops.local.pipeline.LocalPipeline;
import jp.resas.ops.pipeline.infrastructure.ExecutionRelay;

/**
 * Everything {@code resas-ops local} runs: the platform serving the API, the schedules, and the
 * data-update state machine that runs started through the API (and the owner's decisions) reach.
 * Closing it stops them in reverse order.
 */
public final class LocalRuntime implements AutoCloseable {

    /**
     * The data-update state machine's schedules in the CDK app (PipelineStack), by dataset, in Japan time;
     * {@code PipelineScheduleTest} checks them against the synthesised template.
     */
    public static final Map<String, String> DATA_UPDATE_SCHEDULES = Map.of("census-population", "cron(0 9 ? 1,4,7,10 2#1 *)");

    static final ZoneId JST = ZoneId.of("Asia/Tokyo");
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

    public static LocalRuntime start(Path dataDir, LocalDatabase database, int port, List<LocalSchedules.Entry> entries) {
        return start(dataDir, database, LocalPlatform.LOOPBACK, port, entries);
    }

    /** As above, listening on {@code host} (an address of this machine; 0.0.0.0 for every interface). */
    public static LocalRuntime start(Path dataDir, LocalDatabase database, String host, int port,
            List<LocalSchedules.Entry> entries) {
        LocalPlatform platform = LocalPlatform.serve(dataDir, database, host, port);
        try {
            LocalPipeline pipeline = new LocalPipeline(platform, dataDir);
            platform.context().getBean(ExecutionRelay.class).connect(pipeline::start);
            platform.context().getBean(jp.resas.ops.pipeline.infrastructure.RedriveRelay.class).connect(pipeline::redrive);
            // Runs whose execution ended with an earlier process: resumed at their approval, or failed.
            pipeline.watchLostRuns(LOST_RUN_WATCH);
            TemporaryFiles.sweep(dataDir.resolve("objects"), TEMPORARY_FILE_IDLE);
            LocalSchedules schedules = new LocalSchedules(platform.context(), new LocalFunctions(), entries);
            DATA_UPDATE_SCHEDULES.forEach((dataset, cron) -> schedules.add(new LocalSchedules.CronEntry(
                    "data-update " + dataset, SchedulerCron.parse(cron), JST,
                    at -> pipeline.startScheduled(dataset, at.toInstant().toString()))));
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
