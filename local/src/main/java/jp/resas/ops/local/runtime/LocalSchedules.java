package jp.resas.ops.local.runtime;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.micronaut.context.ApplicationContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import jp.resas.ops.functions.platform.InProcessContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What EventBridge Scheduler does in AWS, on one machine: each scheduled function is invoked
 * in-process at its rate with its fixed input, one run at a time. A failed run is logged and the
 * next one happens as planned, as with a schedule that has no retries.
 */
public final class LocalSchedules implements AutoCloseable {

    /** The schedules of the CDK stacks that {@code resas-ops local} reproduces. */
    public static final List<Entry> DEFAULT = List.of(new Entry("ticket-sla", Duration.ofMinutes(5), "{}"),
            new Entry("attachment-retention", Duration.ofDays(1), "{}"));

    /**
     * The collectors' daily schedules (yesterday / this month by default). Opt-in on one machine:
     * they read AWS (or LocalStack), and failing every day would raise collector incidents.
     */
    public static final List<Entry> COLLECTORS = List.of(
            new Entry("cost-collector", Duration.ofDays(1), "{}"),
            new Entry("metrics-collector", Duration.ofDays(1), "{}"),
            new Entry("log-collector", Duration.ofDays(1), "{}"),
            new Entry("access-collector", Duration.ofDays(1), "{}"));

    private static final Logger LOG = LoggerFactory.getLogger(LocalSchedules.class);

    private final Clock clock;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "resas-ops-schedules");
        thread.setDaemon(true);
        return thread;
    });

    public record Entry(String function, Duration rate, String input) {
    }

    /**
     * A schedule by cron expression (EventBridge Scheduler syntax) in {@code zone}; {@code action} is
     * what it starts, given the planned time (as {@code <aws.scheduler.scheduled-time>} is in AWS).
     */
    public record CronEntry(String name, SchedulerCron cron, ZoneId zone, Consumer<ZonedDateTime> action) {
    }

    public LocalSchedules(ApplicationContext context, LocalFunctions functions, List<Entry> entries) {
        this(context, functions, entries, entry -> { });
    }

    /** @param afterRun told after each run, whatever its outcome (for tests and progress output) */
    LocalSchedules(ApplicationContext context, LocalFunctions functions, List<Entry> entries, Consumer<Entry> afterRun) {
        this(context, functions, entries, afterRun, Clock.systemUTC());
    }

    /** @param clock what "now" is when the next time of a cron schedule is worked out (tests move it) */
    LocalSchedules(ApplicationContext context, LocalFunctions functions, List<Entry> entries, Consumer<Entry> afterRun,
            Clock clock) {
        this.clock = clock;
        for (Entry entry : entries) {
            RequestStreamHandler handler = functions.handler(entry.function(), context).orElseThrow(
                    () -> new IllegalArgumentException("no local function " + entry.function()));
            executor.scheduleAtFixedRate(() -> {
                run(entry, handler);
                afterRun.accept(entry);
            }, 0, entry.rate().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Adds a cron schedule: one run at each of its times, the next planned when one starts. */
    public void add(CronEntry entry) {
        plan(entry, ZonedDateTime.now(clock.withZone(entry.zone())));
    }

    /** Plans the first time after {@code after}; never the same time twice, even if the executor is early. */
    private void plan(CronEntry entry, ZonedDateTime after) {
        entry.cron().next(after).ifPresent(at -> {
            LOG.info("scheduled {} next at {} ({})", entry.name(), at, entry.cron());
            long delay = Math.max(0, Duration.between(clock.instant(), at.toInstant()).toMillis());
            executor.schedule(() -> {
                plan(entry, at);
                try {
                    entry.action().accept(at);
                } catch (RuntimeException e) {
                    LOG.error("scheduled {} failed: {}", entry.name(), e.toString());
                }
            }, delay, TimeUnit.MILLISECONDS);
        });
    }

    private static void run(Entry entry, RequestStreamHandler handler) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(entry.input().getBytes(StandardCharsets.UTF_8)), output,
                    new InProcessContext(entry.function()));
            LOG.info("scheduled {}: {}", entry.function(), output.toString(StandardCharsets.UTF_8));
        } catch (Exception | Error e) {
            LOG.error("scheduled {} failed: {}", entry.function(), e.toString());
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
