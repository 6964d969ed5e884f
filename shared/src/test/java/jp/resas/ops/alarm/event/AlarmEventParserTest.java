package jp.resas.ops.alarm.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import jp.resas.ops.alarm.AlarmKind;
import jp.resas.ops.alarm.AlarmNotice;
import jp.resas.ops.alarm.AlarmNotice.StateChange;
import jp.resas.ops.alarm.AlarmState;
import jp.resas.ops.alarm.DeliveryRoute;
import jp.resas.ops.alarm.MalformedAlarmEventException;
import jp.resas.ops.testutils.Events;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AlarmEventParserTest {

    private final AlarmEventParser parser = new AlarmEventParser(new ObjectMapper());

    private StateChange only(String file) {
        List<AlarmNotice> notices = parser.parse(Events.read(file));
        assertThat(notices).hasSize(1);
        return (StateChange) notices.get(0);
    }

    @Test
    void eventBridgeStateChange_readsArnStateAndTransitionTime() {
        StateChange change = only("eventbridge/awsdocs_state_change_for_a_single_metric_alarm.json");

        assertThat(change.alarm().arn()).isEqualTo("arn:aws:cloudwatch:us-east-1:123456789012:alarm:ServerCpuTooHigh");
        assertThat(change.alarm().name()).isEqualTo("ServerCpuTooHigh");
        assertThat(change.alarm().accountId()).isEqualTo("123456789012");
        assertThat(change.alarm().region()).isEqualTo("us-east-1");
        assertThat(change.state()).isEqualTo(AlarmState.ALARM);
        assertThat(change.changedAt()).isEqualTo(Instant.parse("2019-10-02T17:04:40.989Z"));
        assertThat(change.route()).isEqualTo(DeliveryRoute.EVENTBRIDGE);
        assertThat(change.reason()).startsWith("Threshold Crossed");
    }

    @ParameterizedTest
    @CsvSource({
        "eventbridge/awsdocs_state_change_for_a_single_metric_alarm.json, METRIC",
        "eventbridge/awsdocs_state_change_for_a_metric_math_alarm.json, METRIC_MATH",
        "eventbridge/awsdocs_state_change_for_an_anomaly_detection_alarm.json, ANOMALY_DETECTION",
        "eventbridge/awsdocs_state_change_for_a_composite_alarm_with_a_suppressor_alarm.json, COMPOSITE",
        "sns/rheoceros_metric_ALARM.envelope.json, METRIC",
        "sns/rheoceros_composite_ALARM.envelope.json, COMPOSITE",
        "sns/cloudforet_anomaly_detection_metric_math_OK.message.json, ANOMALY_DETECTION",
        "lambda_alarm_action/aws-lambda-java-libs_cloudwatch_metric_alarm.json, METRIC",
        "lambda_alarm_action/powertools-python_cloudWatchAlarmEventSingleMetric.json, METRIC_MATH",
        "lambda_alarm_action/powertools-python_cloudWatchAlarmEventCompositeMetric.json, COMPOSITE",
    })
    void everyAlarmKind_isRecognised(String file, AlarmKind kind) {
        assertThat(only(file).kind()).isEqualTo(kind);
    }

    @Test
    void lambdaSnsEvent_readsTheAlarmMessageInsideTheRecord() {
        StateChange change = only("sns/rheoceros_metric_ALARM.envelope.json");

        assertThat(change.route()).isEqualTo(DeliveryRoute.SNS);
        assertThat(change.alarm().arn()).endsWith(":alarm:if-sim-app_427809481713_us-east-1-metric_emitting_node_failure");
        assertThat(change.changedAt()).isEqualTo(Instant.parse("2021-11-10T02:45:55.640Z"));
    }

    @Test
    void snsHttpNotification_isReadLikeTheLambdaRecord() {
        StateChange change = only("sns/alerta_s3_bucketsize_ALARM.envelope.json");

        assertThat(change.route()).isEqualTo(DeliveryRoute.SNS);
        assertThat(change.state()).isEqualTo(AlarmState.ALARM);
    }

    @Test
    void okMessage_isARecovery() {
        StateChange change = only("sns/terraform-aws-notify-slack_DBMigrationRequired_OK.envelope.json");

        assertThat(change.state()).isEqualTo(AlarmState.OK);
    }

    @Test
    void messageWithoutArn_rebuildsItFromAccountRegionAndName() {
        StateChange change = only("sns/terraform-aws-notify-slack_minimal_ALARM.message.json");

        assertThat(change.alarm().arn()).isEqualTo("arn:aws:cloudwatch:eu-west-1:000000000000:alarm:Example");
    }

    @Test
    void lambdaAlarmAction_readsAlarmData() {
        StateChange change = only("lambda_alarm_action/aws-lambda-java-libs_cloudwatch_metric_alarm.json");

        assertThat(change.route()).isEqualTo(DeliveryRoute.LAMBDA_ACTION);
        assertThat(change.alarm().name()).isEqualTo("lambda-demo-metric-alarm");
        assertThat(change.changedAt()).isEqualTo(Instant.parse("2023-08-04T12:36:15.490Z"));
    }

    @Test
    void configurationChange_isNotAStateChange() {
        List<AlarmNotice> notices = parser.parse(Events.read("eventbridge/awsdocs_update_of_a_metric_alarm.json"));

        assertThat(notices).singleElement().isInstanceOfSatisfying(AlarmNotice.ConfigurationChange.class,
                change -> assertThat(change.operation()).isEqualTo("UPDATE"));
    }

    @Test
    void snsMessageThatIsNotAnAlarm_isRejectedNamingTheField() {
        assertThatThrownBy(() -> parser.parse(Events.read("sns/aws-lambda-java-libs_sns_event.json")))
                .isInstanceOf(MalformedAlarmEventException.class)
                .hasMessageContaining("Records[0].Sns.Message");
    }

    @Test
    void placeholderTimestamp_isRejectedNamingTheField() {
        assertThatThrownBy(() -> parser.parse(Events.read("lambda_alarm_action/localstack_alarm_lambda_target.json")))
                .isInstanceOf(MalformedAlarmEventException.class)
                .hasMessage("alarmData.state.timestamp: 'date' is not an ISO-8601 timestamp with an offset");
    }

    @Test
    void missingStateTimestamp_isRejectedNamingThePath() {
        String event = Events.read("eventbridge/awsdocs_state_change_for_a_single_metric_alarm.json")
                .replace("\"timestamp\": \"2019-10-02T17:04:40.989+0000\",", "");

        assertThatThrownBy(() -> parser.parse(event))
                .isInstanceOf(MalformedAlarmEventException.class)
                .hasMessage("detail.state.timestamp: is missing");
    }

    @Test
    void unknownState_isRejected() {
        String event = Events.read("sns/cloudforet_ec2_cpu_ALARM.message.json").replace("\"NewStateValue\": \"ALARM\"",
                "\"NewStateValue\": \"ON_FIRE\"");

        assertThatThrownBy(() -> parser.parse(event)).hasMessageContaining("NewStateValue: 'ON_FIRE'");
    }

    @Test
    void notJson_isRejected() {
        assertThatThrownBy(() -> parser.parse("{\"detail-type\": ")).hasMessageStartingWith("event: is not valid JSON");
    }

    @Test
    void unrelatedEvent_isRejectedSayingWhatWasExpected() {
        assertThatThrownBy(() -> parser.parse("{\"hello\": \"world\"}"))
                .hasMessageContaining("is not a CloudWatch alarm notice");
    }
}
