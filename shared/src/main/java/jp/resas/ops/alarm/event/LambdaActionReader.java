package jp.resas.ops.alarm.event;

import com.fasterxml.jackson.databind.JsonNode;
import jp.resas.ops.alarm.AlarmNotice;
import jp.resas.ops.alarm.AlarmRef;
import jp.resas.ops.alarm.DeliveryRoute;
import jp.resas.ops.alarm.MalformedAlarmEventException;

/** The payload CloudWatch sends when an alarm's action invokes a Lambda function directly. */
final class LambdaActionReader {

    private LambdaActionReader() {
    }

    static AlarmNotice read(JsonNode root) {
        String source = Fields.text(root, "source", "source");
        if (!"aws.cloudwatch".equals(source)) {
            throw new MalformedAlarmEventException("source", "'" + source + "' is not aws.cloudwatch");
        }
        JsonNode data = Fields.object(root, "alarmData", "alarmData");
        AlarmRef alarm = AlarmArns.fromArn(Fields.text(root, "alarmArn", "alarmArn"),
                Fields.text(data, "alarmName", "alarmData.alarmName"), "alarmArn");
        JsonNode state = Fields.object(data, "state", "alarmData.state");
        return new AlarmNotice.StateChange(alarm, AlarmEventParser.kindOf(data.get("configuration")),
                AlarmEventParser.state(state, "value", "alarmData.state.value"),
                Fields.timestamp(state, "timestamp", "alarmData.state.timestamp"),
                Fields.optionalText(state, "reason").orElse(""), DeliveryRoute.LAMBDA_ACTION);
    }
}
