package jp.resas.ops.testutils;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Real recorded alarm payloads with the alarm, state and time swapped in, so a test can play any
 * sequence of transitions through each delivery route.
 */
public final class AlarmEvents {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** CloudWatch's own timestamp form, e.g. 2019-10-02T17:04:40.989+0000. */
    private static final DateTimeFormatter CLOUDWATCH = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
            .withZone(ZoneOffset.UTC);

    private AlarmEvents() {
    }

    public static String arn(String name) {
        return "arn:aws:cloudwatch:ap-northeast-1:123456789012:alarm:" + name;
    }

    public static String eventBridge(String name, String state, Instant at) {
        ObjectNode event = read("eventbridge/awsdocs_state_change_for_a_single_metric_alarm.json");
        event.putArray("resources").add(arn(name));
        event.put("region", "ap-northeast-1");
        ObjectNode detail = (ObjectNode) event.get("detail");
        detail.put("alarmName", name);
        ((ObjectNode) detail.get("state")).put("value", state).put("timestamp", CLOUDWATCH.format(at));
        return write(event);
    }

    public static String sns(String name, String state, Instant at) {
        ObjectNode event = read("sns/rheoceros_metric_ALARM.envelope.json");
        ObjectNode sns = (ObjectNode) event.get("Records").get(0).get("Sns");
        ObjectNode message;
        try {
            message = (ObjectNode) JSON.readTree(sns.get("Message").asText());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        message.put("AlarmName", name).put("AlarmArn", arn(name)).put("NewStateValue", state)
                .put("StateChangeTime", CLOUDWATCH.format(at));
        sns.put("Message", write(message));
        return write(event);
    }

    public static String lambdaAction(String name, String state, Instant at) {
        ObjectNode event = read("lambda_alarm_action/aws-lambda-java-libs_cloudwatch_metric_alarm.json");
        event.put("alarmArn", arn(name));
        ObjectNode data = (ObjectNode) event.get("alarmData");
        data.put("alarmName", name);
        ((ObjectNode) data.get("state")).put("value", state).put("timestamp", CLOUDWATCH.format(at));
        return write(event);
    }

    public static String configurationChange(String name, String operation, Instant at) {
        ObjectNode event = read("eventbridge/awsdocs_update_of_a_metric_alarm.json");
        event.putArray("resources").add(arn(name));
        event.put("time", at.toString());
        ((ObjectNode) event.get("detail")).put("alarmName", name).put("operation", operation);
        return write(event);
    }

    private static ObjectNode read(String file) {
        try {
            return (ObjectNode) JSON.readTree(Events.read(file));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String write(Object node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
