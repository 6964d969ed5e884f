package jp.resas.ops.local.runtime;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
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

    /**
     * The report schedules of the CDK app (NotificationsStack), by kind, in Japan time: {@code report-schedule}
     * is invoked with the kind and the planned time; {@code ReportSchedulesTest} checks them against the template.
     */
    public static final Map<String, String> REPORT_SCHEDULES = Map.of("MONTHLY", "cron(0 9-17 1-7 * ? *)",
            "WEEKLY", "cron(0 9-17 ? * MON-FRI *)");

    /**
     * The notification sweep's digest schedule of the CDK app (NotificationsStack), in Japan time; between its
     * runs the sweep is started by the alarm intake and re-arms itself (LocalSweeps).
     */
    public static final String NOTIFICATION_DIGEST_SCHEDULE = "cron(0/15 9-16 ? * MON-FRI *)";

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
            reportSchedules(platform, schedules);
            schedules.add(new LocalSchedules.CronEntry("incident-notify digest",
                    SchedulerCron.parse(NOTIFICATION_DIGEST_SCHEDULE), JST, at -> platform.sweepSoon()));
            // What waited across a restart (pages, escalations, retries): one sweep, which re-arms the next.
            platform.sweepSoon();
            return new LocalRuntime(platform, schedules, pipeline);
        } catch (RuntimeException e) {
            platform.close();
            throw e;
        }
    }

    /** Adds the report schedules: each time, {@code report-schedule} in-process with the kind and planned time. */
    static void reportSchedules(LocalPlatform platform, LocalSchedules schedules) {
        RequestStreamHandler handler = new LocalFunctions().handler("report-schedule", platform.context()).orElseThrow();
        REPORT_SCHEDULES.forEach((kind, cron) -> schedules.add(new LocalSchedules.CronEntry("report " + kind,
                SchedulerCron.parse(cron), JST, reportRun(handler, kind))));
    }

    /** One run of a report schedule: the event EventBridge Scheduler sends, {@code {"kind", "at"}}. */
    static java.util.function.Consumer<java.time.ZonedDateTime> reportRun(RequestStreamHandler handler, String kind) {
        return at -> {
            String input = "{\"kind\":\"" + kind + "\",\"at\":\"" + at.toInstant() + "\"}";
            try {
                handler.handleRequest(new java.io.ByteArrayInputStream(input.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                        new java.io.ByteArrayOutputStream(), new jp.resas.ops.functions.platform.InProcessContext("report-schedule"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
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
