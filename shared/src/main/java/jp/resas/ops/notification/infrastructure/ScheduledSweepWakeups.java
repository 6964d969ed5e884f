package jp.resas.ops.notification.infrastructure;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import jp.resas.ops.notification.SweepWakeups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.scheduler.SchedulerClient;
import software.amazon.awssdk.services.scheduler.model.ActionAfterCompletion;
import software.amazon.awssdk.services.scheduler.model.ConflictException;
import software.amazon.awssdk.services.scheduler.model.FlexibleTimeWindowMode;

/**
 * Wakes the sweep with a one-time EventBridge Scheduler schedule: {@code at(…)} in UTC, in the sweep's own
 * group, deleted by the scheduler once it has fired ({@code ActionAfterCompletion=DELETE}). The name is
 * the wake-up time ({@code sweep-20261128T121500Z}), so arming a time already armed is refused with a
 * {@code ConflictException}, which means it is armed: nothing to do. A stale wake-up (its page
 * acknowledged meanwhile) costs one sweep that finds nothing, so schedules are never deleted by us.
 *
 * @param group     the schedule group the sweep may create schedules in ({@code resas-ops-sweep})
 * @param targetArn the sweep function's live alias
 * @param roleArn   the role the scheduler assumes to invoke it
 */
record ScheduledSweepWakeups(SchedulerClient scheduler, String group, String targetArn, String roleArn)
        implements SweepWakeups {

    static final String NAME_PREFIX = "sweep-";
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledSweepWakeups.class);
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    @Override
    public void wakeAt(Instant at) {
        Instant second = at.truncatedTo(ChronoUnit.SECONDS).equals(at) ? at
                : at.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1);
        String name = NAME_PREFIX + NAME.format(second);
        try {
            scheduler.createSchedule(request -> request.name(name)
                    .groupName(group)
                    .description("RESAS Ops notification sweep: an escalation or a delivery retry is due")
                    .scheduleExpression("at(" + AT.format(second) + ")")
                    .scheduleExpressionTimezone("UTC")
                    .flexibleTimeWindow(window -> window.mode(FlexibleTimeWindowMode.OFF))
                    .actionAfterCompletion(ActionAfterCompletion.DELETE)
                    .target(target -> target.arn(targetArn).roleArn(roleArn)
                            .input("{\"wake\":\"" + second + "\"}")
                            .retryPolicy(retry -> retry.maximumRetryAttempts(2).maximumEventAgeInSeconds(3600))));
            LOG.info("notification sweep armed at {} ({}/{})", second, group, name);
        } catch (ConflictException e) {
            LOG.info("notification sweep already armed at {} ({}/{})", second, group, name);
        }
    }
}
