package jp.resas.ops.alarm.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.resas.ops.alarm.AlarmKind;
import jp.resas.ops.alarm.AlarmNotice;
import jp.resas.ops.alarm.AlarmRef;
import jp.resas.ops.alarm.AlarmState;
import jp.resas.ops.alarm.DeliveryRoute;
import jp.resas.ops.alarm.MalformedAlarmEventException;

/**
 * Turns whatever AWS delivered into alarm notices. All or nothing: one malformed record rejects the
 * whole event, so a retried delivery is never half-applied.
 */
public final class AlarmEventParser {

    static final String STATE_CHANGE = "CloudWatch Alarm State Change";
    static final String CONFIGURATION_CHANGE = "CloudWatch Alarm Configuration Change";

    private final ObjectMapper json;

    public AlarmEventParser(ObjectMapper json) {
        this.json = json;
    }

    public List<AlarmNotice> parse(String event) {
        JsonNode root;
        try {
            root = json.readTree(event);
        } catch (JsonProcessingException e) {
            throw new MalformedAlarmEventException("event", "is not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new MalformedAlarmEventException("event", "must be a JSON object");
        }
        return parse(root);
    }

    public List<AlarmNotice> parse(JsonNode root) {
        if (root.has("Records")) {
            return snsRecords(root.get("Records"));
        }
        if (root.has("detail-type")) {
            return List.of(eventBridge(root));
        }
        if (root.has("alarmData")) {
            return List.of(LambdaActionReader.read(root));
        }
        if ("Notification".equals(Fields.optionalText(root, "Type").orElse(""))) {
            return List.of(snsMessage(Fields.text(root, "Message", "Message"), "Message"));
        }
        if (root.has("NewStateValue")) {
            return List.of(SnsMessageReader.read(root, ""));
        }
        throw new MalformedAlarmEventException("event", "is not a CloudWatch alarm notice: expected an EventBridge "
                + "'detail-type', SNS 'Records[].Sns.Message', an SNS 'Notification' or an alarm action's 'alarmData'");
    }

    private List<AlarmNotice> snsRecords(JsonNode records) {
        if (!records.isArray() || records.isEmpty()) {
            throw new MalformedAlarmEventException("Records", "must be a non-empty array of SNS records");
        }
        List<AlarmNotice> notices = new ArrayList<>();
        for (int i = 0; i < records.size(); i++) {
            String path = "Records[" + i + "].Sns";
            JsonNode sns = Fields.object(records.get(i), "Sns", path);
            notices.add(snsMessage(Fields.text(sns, "Message", path + ".Message"), path + ".Message"));
        }
        return List.copyOf(notices);
    }

    private AlarmNotice snsMessage(String message, String path) {
        JsonNode body;
        try {
            body = json.readTree(message);
        } catch (JsonProcessingException e) {
            throw new MalformedAlarmEventException(path, "is not a CloudWatch alarm notification (not JSON)");
        }
        if (body == null || !body.isObject() || !body.has("NewStateValue")) {
            throw new MalformedAlarmEventException(path + ".NewStateValue",
                    "is missing: the SNS message is not a CloudWatch alarm notification");
        }
        return SnsMessageReader.read(body, path + ".");
    }

    private AlarmNotice eventBridge(JsonNode root) {
        String detailType = Fields.text(root, "detail-type", "detail-type");
        if (!STATE_CHANGE.equals(detailType) && !CONFIGURATION_CHANGE.equals(detailType)) {
            throw new MalformedAlarmEventException("detail-type", "'" + detailType + "' is not '" + STATE_CHANGE
                    + "' or '" + CONFIGURATION_CHANGE + "'");
        }
        JsonNode resources = root.get("resources");
        if (resources == null || !resources.isArray() || resources.isEmpty() || !resources.get(0).isTextual()) {
            throw new MalformedAlarmEventException("resources[0]", "is missing: the alarm ARN is required");
        }
        JsonNode detail = Fields.object(root, "detail", "detail");
        AlarmRef alarm = AlarmArns.fromArn(resources.get(0).asText(),
                Fields.text(detail, "alarmName", "detail.alarmName"), "resources[0]");
        AlarmKind kind = kindOf(detail.get("configuration"));
        if (CONFIGURATION_CHANGE.equals(detailType)) {
            return new AlarmNotice.ConfigurationChange(alarm, kind,
                    Fields.text(detail, "operation", "detail.operation").toUpperCase(Locale.ROOT),
                    Fields.timestamp(root, "time", "time"), DeliveryRoute.EVENTBRIDGE);
        }
        JsonNode state = Fields.object(detail, "state", "detail.state");
        return new AlarmNotice.StateChange(alarm, kind, state(state, "value", "detail.state.value"),
                Fields.timestamp(state, "timestamp", "detail.state.timestamp"),
                Fields.optionalText(state, "reason").orElse(""), DeliveryRoute.EVENTBRIDGE);
    }

    static AlarmState state(JsonNode parent, String name, String path) {
        String value = Fields.text(parent, name, path);
        try {
            return AlarmState.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new MalformedAlarmEventException(path, "'" + value + "' is not OK, ALARM or INSUFFICIENT_DATA");
        }
    }

    /** EventBridge and alarm actions describe the alarm in {@code configuration}. */
    static AlarmKind kindOf(JsonNode configuration) {
        if (configuration == null || !configuration.isObject()) {
            return AlarmKind.METRIC;
        }
        if (configuration.has("alarmRule")) {
            return AlarmKind.COMPOSITE;
        }
        return kindOfMetrics(configuration.get("metrics"), "expression");
    }

    static AlarmKind kindOfMetrics(JsonNode metrics, String expressionField) {
        AlarmKind kind = AlarmKind.METRIC;
        if (metrics != null && metrics.isArray()) {
            for (JsonNode metric : metrics) {
                String expression = Fields.optionalText(metric, expressionField).orElse(null);
                if (expression != null && expression.contains("ANOMALY_DETECTION_BAND")) {
                    return AlarmKind.ANOMALY_DETECTION;
                }
                if (expression != null) {
                    kind = AlarmKind.METRIC_MATH;
                }
            }
        }
        return kind;
    }
}
