package jp.resas.ops.catalogue;

import java.time.Duration;
import java.util.Optional;

/**
 * One schedule of the catalogue: a cron expression (EventBridge Scheduler syntax) in Japan time, or a rate.
 *
 * @param name          unique name (logs, {@code resas-ops local})
 * @param stack         the CDK stack that deploys it; empty for a schedule run on one machine only
 * @param id            its construct id in that stack
 * @param description   the schedule's description in AWS
 * @param expression    {@code cron(…)} (in {@link Catalogue#ZONE}) or {@code rate(…)}
 * @param function      the target function, or
 * @param stateMachine  the target state machine (exactly one of the two)
 * @param input         the target's input, a JSON object as text; {@value #SCHEDULED_TIME} stands for the planned time
 * @param retryAttempts the target's retries (AWS)
 * @param maxEventAge   how long AWS keeps retrying (AWS), when limited
 * @param local         whether {@code resas-ops local} runs it
 */
public record ScheduleSpec(String name, Optional<String> stack, Optional<String> id, String description,
        String expression, Optional<String> function, Optional<String> stateMachine, String input, int retryAttempts,
        Optional<Duration> maxEventAge, Local local) {

    /** EventBridge Scheduler's context attribute for the planned time, substituted at each run. */
    public static final String SCHEDULED_TIME = "<aws.scheduler.scheduled-time>";

    /**
     * {@link #ALWAYS}: by {@code resas-ops local}; {@link #COLLECTORS}: only with {@code --collectors} (it reads
     * AWS); {@link #OFF}: not on one machine.
     */
    public enum Local { ALWAYS, COLLECTORS, OFF }

    public boolean cron() {
        return expression.startsWith("cron(");
    }

    /** The input with the planned time in place of {@value #SCHEDULED_TIME}. */
    public String inputAt(String scheduledTime) {
        return input.replace(SCHEDULED_TIME, scheduledTime);
    }
}
