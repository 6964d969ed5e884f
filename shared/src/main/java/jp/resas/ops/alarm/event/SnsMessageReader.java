package jp.resas.ops.alarm.event;

import com.fasterxml.jackson.databind.JsonNode;
import jp.resas.ops.alarm.AlarmKind;
import jp.resas.ops.alarm.AlarmNotice;
import jp.resas.ops.alarm.AlarmRef;
import jp.resas.ops.alarm.DeliveryRoute;

/** The alarm notification JSON that CloudWatch publishes to SNS (carried in the SNS {@code Message}). */
final class SnsMessageReader {

    private SnsMessageReader() {
    }

    static AlarmNotice read(JsonNode message, String prefix) {
        String name = Fields.text(message, "AlarmName", prefix + "AlarmName");
        AlarmRef alarm = Fields.optionalText(message, "AlarmArn")
                .map(arn -> AlarmArns.fromArn(arn, name, prefix + "AlarmArn"))
                .orElseGet(() -> AlarmArns.fromParts(
                        Fields.text(message, "AWSAccountId", prefix + "AWSAccountId"),
                        Fields.text(message, "Region", prefix + "Region"), name, prefix + "AlarmArn"));
        return new AlarmNotice.StateChange(alarm, kindOf(message),
                AlarmEventParser.state(message, "NewStateValue", prefix + "NewStateValue"),
                Fields.timestamp(message, "StateChangeTime", prefix + "StateChangeTime"),
                Fields.optionalText(message, "NewStateReason").orElse(""), DeliveryRoute.SNS);
    }

    private static AlarmKind kindOf(JsonNode message) {
        if (message.has("AlarmRule")) {
            return AlarmKind.COMPOSITE;
        }
        JsonNode trigger = message.get("Trigger");
        if (trigger != null && trigger.has("ThresholdMetricId")) {
            return AlarmKind.ANOMALY_DETECTION;
        }
        return AlarmEventParser.kindOfMetrics(trigger == null ? null : trigger.get("Metrics"), "Expression");
    }
}
