package jp.resas.ops.local.runtime;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import java.time.ZonedDateTime;
import java.util.Optional;

/**
 * An EventBridge Scheduler cron expression, {@code cron(minutes hours day-of-month month day-of-week year)}:
 * Quartz's syntax ({@code ?}, {@code L}, {@code W}, {@code #}) without the seconds field, so it is read
 * as Quartz with seconds 0.
 */
public final class SchedulerCron {

    private static final CronParser QUARTZ = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.QUARTZ));

    private final String expression;
    private final ExecutionTime times;

    private SchedulerCron(String expression, ExecutionTime times) {
        this.expression = expression;
        this.times = times;
    }

    /** @throws IllegalArgumentException naming the expression when it is not {@code cron(…)} with six fields */
    public static SchedulerCron parse(String expression) {
        if (!expression.startsWith("cron(") || !expression.endsWith(")")) {
            throw new IllegalArgumentException("not an EventBridge Scheduler cron expression: " + expression);
        }
        String fields = expression.substring(5, expression.length() - 1).strip();
        if (fields.split("\\s+").length != 6) {
            throw new IllegalArgumentException("a Scheduler cron expression has six fields: " + expression);
        }
        try {
            return new SchedulerCron(expression, ExecutionTime.forCron(QUARTZ.parse("0 " + fields)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cannot read " + expression + ": " + e.getMessage(), e);
        }
    }

    /** The first time after {@code after} (in its zone), if the expression has one. */
    public Optional<ZonedDateTime> next(ZonedDateTime after) {
        return times.nextExecution(after);
    }

    @Override
    public String toString() {
        return expression;
    }
}
