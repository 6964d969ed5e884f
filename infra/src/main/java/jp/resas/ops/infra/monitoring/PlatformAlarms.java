package jp.resas.ops.infra.monitoring;

import java.util.List;
import jp.resas.ops.infra.lambda.ResasFunction;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.services.cloudwatch.Alarm;
import software.amazon.awscdk.services.cloudwatch.ComparisonOperator;
import software.amazon.awscdk.services.cloudwatch.MetricOptions;
import software.amazon.awscdk.services.cloudwatch.TreatMissingData;
import software.amazon.awscdk.services.cloudwatch.actions.SnsAction;
import software.amazon.awscdk.services.sns.ITopic;
import software.amazon.awscdk.services.sqs.IQueue;
import software.constructs.Construct;

/**
 * The platform's alarms on itself: any function error, any message in the dead-letter queue.
 * They notify the alarm topic, so they become incidents like RESAS's own alarms. A broken alarm
 * intake cannot loop: each alarm notifies once per state change, and a failed delivery ends in
 * the queue whose alarm is already raised.
 */
final class PlatformAlarms extends Construct {

    /** Alarm names are stable because incidents are keyed by alarm name. */
    static final String NAME_PREFIX = "ResasOps-";

    PlatformAlarms(Construct scope, String id, ITopic topic, List<ResasFunction> functions, IQueue deadLetterQueue) {
        super(scope, id);
        SnsAction notify = new SnsAction(topic);
        for (ResasFunction function : functions) {
            String name = function.getNode().getId();
            Alarm errors = Alarm.Builder.create(this, name + "Errors")
                    .alarmName(NAME_PREFIX + name + "-Errors")
                    .alarmDescription("RESAS Ops function " + name + " reported errors")
                    .metric(function.function().metricErrors(fiveMinutes("Sum")))
                    .threshold(1)
                    .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                    .evaluationPeriods(1)
                    .treatMissingData(TreatMissingData.NOT_BREACHING)
                    .build();
            errors.addAlarmAction(notify);
            errors.addOkAction(notify);
        }
        Alarm depth = Alarm.Builder.create(this, "DeadLetterQueueDepth")
                .alarmName(NAME_PREFIX + "AlarmIntakeDlq-NotEmpty")
                .alarmDescription("Alarm events were rejected or undeliverable; inspect the dead-letter queue")
                .metric(deadLetterQueue.metricApproximateNumberOfMessagesVisible(fiveMinutes("Maximum")))
                .threshold(1)
                .comparisonOperator(ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD)
                .evaluationPeriods(1)
                .treatMissingData(TreatMissingData.NOT_BREACHING)
                .build();
        depth.addAlarmAction(notify);
        depth.addOkAction(notify);
    }

    private static MetricOptions fiveMinutes(String statistic) {
        return MetricOptions.builder().period(Duration.minutes(5)).statistic(statistic).build();
    }
}
