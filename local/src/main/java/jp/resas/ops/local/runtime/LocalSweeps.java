package jp.resas.ops.local.runtime;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.micronaut.context.ApplicationContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import jp.resas.ops.functions.platform.InProcessContext;
import jp.resas.ops.notification.SweepTrigger;
import jp.resas.ops.notification.SweepWakeups;
import jp.resas.ops.notification.infrastructure.SweepRelay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The notification sweep's trigger and wake-ups on one machine, what Lambda's asynchronous invoke and
 * EventBridge Scheduler's one-time schedules are in AWS: {@code incident-notify} runs in-process on one
 * thread, at once when the alarm intake asks, and at each time it re-armed itself for. Closing waits for
 * the runs already asked for (so {@code resas-ops invoke alarm-intake} pages before it exits) and drops the
 * wake-ups still ahead: the next start sweeps once and re-arms what still waits.
 */
final class LocalSweeps implements SweepTrigger, SweepWakeups, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalSweeps.class);
    private static final Duration LONGEST_CLOSE = Duration.ofMinutes(1);

    private final RequestStreamHandler handler;
    private final Clock clock;
    private final ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, runnable -> {
        Thread thread = new Thread(runnable, "resas-ops-notify");
        thread.setDaemon(true);
        return thread;
    });

    private LocalSweeps(RequestStreamHandler handler, Clock clock) {
        this.handler = handler;
        this.clock = clock;
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    /** Connects in-process sweeps to the context's {@link SweepRelay}. */
    static LocalSweeps connect(ApplicationContext context, Clock clock) {
        LocalSweeps sweeps = new LocalSweeps(new LocalFunctions().handler("incident-notify", context).orElseThrow(),
                clock);
        SweepRelay relay = context.getBean(SweepRelay.class);
        relay.connect((SweepTrigger) sweeps);
        relay.connect((SweepWakeups) sweeps);
        return sweeps;
    }

    @Override
    public void sweepSoon() {
        if (!executor.isShutdown()) {
            executor.execute(() -> run("trigger"));
        }
    }

    @Override
    public void wakeAt(Instant at) {
        if (!executor.isShutdown()) {
            long delay = Math.max(0, Duration.between(clock.instant(), at).toMillis());
            executor.schedule(() -> run("wake-up " + at), delay, TimeUnit.MILLISECONDS);
            LOG.info("notification sweep armed at {}", at);
        }
    }

    private void run(String why) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try {
            handler.handleRequest(new ByteArrayInputStream("{}".getBytes(StandardCharsets.UTF_8)), output,
                    new InProcessContext("incident-notify"));
            LOG.info("incident-notify ({}): {}", why, output.toString(StandardCharsets.UTF_8));
        } catch (Exception | Error e) {
            LOG.error("incident-notify ({}) failed: {}", why, e.toString());
        }
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(LONGEST_CLOSE.toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("incident-notify still running after {}; stopped", LONGEST_CLOSE);
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
