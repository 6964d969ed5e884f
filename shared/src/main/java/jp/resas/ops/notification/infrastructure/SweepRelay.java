package jp.resas.ops.notification.infrastructure;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import jp.resas.ops.notification.SweepTrigger;
import jp.resas.ops.notification.SweepWakeups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What starts and re-arms the notification sweep. In AWS, by configuration:
 * {@code resas.notifications.sweep.function} (the intake's asynchronous invoke, {@link LambdaSweepTrigger})
 * and {@code resas.notifications.sweep.schedule-group} with {@code .target-arn} and {@code .role-arn} (the
 * sweep's one-time schedules, {@link ScheduledSweepWakeups}), read through {@link NotificationSettings}; both are
 * built by {@link AwsSweepConnections} only where their setting is given, so this bean names no SDK type and a
 * function without those settings needs neither SDK module in its asset. On one machine {@code resas-ops local}
 * connects its in-process ones.
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

    /**
     * @param lambda    present exactly when {@value #FUNCTION} is set
     * @param scheduled present exactly when {@value #GROUP} is set
     * @throws IllegalStateException a setting is given but its connection is missing: its bean could not be
     *                               defined, i.e. the function's asset lacks that SDK module
     */
    SweepRelay(NotificationSettings settings, Optional<LambdaSweepTrigger> lambda,
            Optional<ScheduledSweepWakeups> scheduled) {
        NotificationSettings.Sweep sweep = settings.sweep();
        if (sweep.function() != null) {
            trigger.set(lambda.orElseThrow(() -> missing(FUNCTION, "lambda")));
        }
        if (sweep.scheduleGroup() != null) {
            wakeups.set(scheduled.orElseThrow(() -> missing(GROUP, "scheduler")));
        }
    }

    private static IllegalStateException missing(String setting, String module) {
        return new IllegalStateException(setting + " is set but the AWS SDK's " + module + " client is not on the "
                + "class path (the function's asset must keep the catalogue part '" + module + "')");
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
