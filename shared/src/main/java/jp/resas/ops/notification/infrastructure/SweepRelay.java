package jp.resas.ops.notification.infrastructure;

import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import jp.resas.ops.notification.SweepTrigger;
import jp.resas.ops.notification.SweepWakeups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.scheduler.SchedulerClient;

/**
 * What starts and re-arms the notification sweep. In AWS, by configuration:
 * {@code resas.notifications.sweep.function} (the intake's asynchronous invoke, {@link LambdaSweepTrigger})
 * and {@code resas.notifications.sweep.schedule-group} with {@code .target-arn} and {@code .role-arn} (the
 * sweep's one-time schedules, {@link ScheduledSweepWakeups}), read through {@link NotificationSettings}; the SDK
 * clients are the platform's beans (the default builders, so {@code AWS_ENDPOINT_URL} applies). On one machine {@code resas-ops local} connects its in-process ones.
 * With nothing connected, a wake-up that is asked for is logged as a warning: only the business-hours
 * digest schedule will sweep.
 */
@Singleton
public class SweepRelay implements SweepTrigger, SweepWakeups {

    static final String FUNCTION = "resas.notifications.sweep.function";
    static final String GROUP = "resas.notifications.sweep.schedule-group";
    private static final Logger LOG = LoggerFactory.getLogger(SweepRelay.class);

    private final AtomicReference<SweepTrigger> trigger = new AtomicReference<>();
    private final AtomicReference<SweepWakeups> wakeups = new AtomicReference<>();

    /** The platform's clients ({@code AwsClientFactory}), built only when their setting is there. */
    SweepRelay(NotificationSettings settings, Provider<LambdaClient> lambda, Provider<SchedulerClient> scheduler) {
        NotificationSettings.Sweep sweep = settings.sweep();
        if (sweep.function() != null) {
            trigger.set(new LambdaSweepTrigger(lambda.get(), sweep.function()));
        }
        if (sweep.scheduleGroup() != null) {
            wakeups.set(new ScheduledSweepWakeups(scheduler.get(), sweep.scheduleGroup(), sweep.targetArn(),
                    sweep.roleArn()));
        }
    }

    public void connect(SweepTrigger trigger) {
        this.trigger.set(trigger);
    }

    public void connect(SweepWakeups wakeups) {
        this.wakeups.set(wakeups);
    }

    @Override
    public void sweepSoon() {
        SweepTrigger connected = trigger.get();
        if (connected == null) {
            LOG.warn("a page waits but nothing starts the notification sweep ({} not set); it waits for the next "
                    + "scheduled sweep", FUNCTION);
            return;
        }
        connected.sweepSoon();
    }

    @Override
    public void wakeAt(Instant at) {
        SweepWakeups connected = wakeups.get();
        if (connected == null) {
            LOG.warn("the notification sweep should run again at {} but nothing re-arms it ({} not set)", at, GROUP);
            return;
        }
        connected.wakeAt(at);
    }
}
