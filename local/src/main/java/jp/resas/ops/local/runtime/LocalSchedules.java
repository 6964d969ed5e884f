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
import java.util.Map;
import java.util.function.BiConsumer;
import jp.resas.ops.catalogue.Catalogue;
import jp.resas.ops.catalogue.ScheduleSpec;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import jp.resas.ops.functions.platform.InProcessContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What EventBridge Scheduler does in AWS, on one machine: the schedule catalogue's schedules
 * ({@code catalogue/schedules.json}, the ones the CDK stacks deploy), each function invoked in-process at its
 * rate or on its cron in Japan time with its input, one run at a time. A failed run is logged and the
 * next one happens as planned, as with a schedule that has no retries.
 */
public final class LocalSchedules implements AutoCloseable {

    /** The zone of the catalogue's cron expressions. */
    public static final ZoneId JST = ZoneId.of(Catalogue.ZONE);

    private static final Logger LOG = LoggerFactory.getLogger(LocalSchedules.class);

    private final Clock clock;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "resas-ops-schedules");
        thread.setDaemon(true);
        return thread;
    });

    /** A function run at a fixed rate (the first run at once); {@value ScheduleSpec#SCHEDULED_TIME} in its input is the run's time. */
    public record Entry(String function, Duration rate, String input) {
    }

    /**
     * The catalogue's schedules that {@code resas-ops local} runs: those marked {@code always}, and with
     * {@code collectors} also those marked {@code collectors} (they read AWS or LocalStack, and failing every day
     * would raise collector incidents).
     */
    public static List<ScheduleSpec> fromCatalogue(Catalogue catalogue, boolean collectors) {
        return catalogue.schedules().stream().filter(spec -> spec.local() == ScheduleSpec.Local.ALWAYS
                || collectors && spec.local() == ScheduleSpec.Local.COLLECTORS).toList();
    }

    /** {@code rate(N unit)} as a duration. */
    static Duration rate(String expression) {
        java.util.regex.Matcher rate = java.util.regex.Pattern.compile("rate\\(([0-9]+) (minute|hour|day)s?\\)")
                .matcher(expression);
        if (!rate.matches()) {
            throw new IllegalArgumentException("not an EventBridge Scheduler rate expression: " + expression);
        }
        long amount = Long.parseLong(rate.group(1));
        return switch (rate.group(2)) {
            case "minute" -> Duration.ofMinutes(amount);
            case "hour" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
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
            rate(entry, functions.handler(entry.function(), context).orElseThrow(
                    () -> new IllegalArgumentException("no local function " + entry.function())), afterRun);
        }
    }

    private void rate(Entry entry, RequestStreamHandler handler, Consumer<Entry> afterRun) {
        executor.scheduleAtFixedRate(() -> {
            run(entry, handler);
            afterRun.accept(entry);
        }, 0, entry.rate().toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Adds a catalogue schedule: its function in-process, or the state machine {@code stateMachines} names
     * (given the schedule's name and input), at its rate or on its cron in Japan time.
     */
    public void add(ScheduleSpec spec, ApplicationContext context, LocalFunctions functions,
            Map<String, BiConsumer<String, String>> stateMachines) {
        add(spec, context, functions, stateMachines, at -> { });
    }

    /** @param afterRun told the planned time after each cron run, whatever its outcome (tests) */
    void add(ScheduleSpec spec, ApplicationContext context, LocalFunctions functions,
            Map<String, BiConsumer<String, String>> stateMachines, Consumer<ZonedDateTime> afterRun) {
        String where = Catalogue.SCHEDULES + ": schedule '" + spec.name() + "': ";
        Consumer<String> target;
        if (spec.function().isPresent()) {
            String name = spec.function().get();
            RequestStreamHandler handler = functions.handler(name, context).orElseThrow(() ->
                    new IllegalArgumentException(where + "field 'function' names " + name + ", which does not run here"));
            if (!spec.cron()) {
                rate(new Entry(name, rate(spec.expression()), spec.input()), handler, entry -> { });
                return;
            }
            target = input -> invoke(name, handler, input);
        } else {
            String name = spec.stateMachine().orElseThrow();
            BiConsumer<String, String> machine = stateMachines.get(name);
            if (machine == null || !spec.cron()) {
                throw new IllegalArgumentException(where + "field 'stateMachine' names " + name
                        + (machine == null ? ", which does not run here (" + stateMachines.keySet() + ")"
                                : " on a rate; only cron schedules start state machines here"));
            }
            target = input -> machine.accept(spec.name(), input);
        }
        add(new CronEntry(spec.name(), SchedulerCron.parse(spec.expression()), JST, at -> {
            try {
                target.accept(spec.inputAt(at.toInstant().toString()));
            } finally {
                afterRun.accept(at);
            }
        }));
    }

    private static void invoke(String function, RequestStreamHandler handler, String input) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), output,
                    new InProcessContext(function));
            LOG.info("scheduled {}: {}", function, output.toString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
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

    private void run(Entry entry, RequestStreamHandler handler) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        String input = entry.input().replace(ScheduleSpec.SCHEDULED_TIME, clock.instant().toString());
        try {
            handler.handleRequest(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), output,
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
