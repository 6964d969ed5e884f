package jp.resas.ops.functions.alarm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import jp.resas.ops.alarm.MalformedAlarmEventException;
import jp.resas.ops.functions.platform.InProcessContext;
import jp.resas.ops.functions.platform.LambdaPlatform;
import jp.resas.ops.testutils.Events;
import jp.resas.ops.functions.platform.MigratedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlarmIntakeHandlerTest {

    private ApplicationContext context;
    private AlarmIntakeHandler handler;

    @BeforeAll
    void start() {
        context = LambdaPlatform.start(Map.of("RESAS_DB_URL", MigratedDatabase.newDatabase(),
                "RESAS_DB_USER", "postgres", "RESAS_DB_PASSWORD", "postgres"), (arn, host, db) -> {
                    throw new AssertionError("no secret should be read when RESAS_DB_URL is set");
                });
        handler = new AlarmIntakeHandler(context);
    }

    @AfterAll
    void stop() {
        context.close();
    }

    private JsonNode invoke(String event) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out,
                new InProcessContext("alarm-intake"));
        return new ObjectMapper().readTree(out.toByteArray());
    }

    @Test
    void snsDelivery_opensAnIncident_andAnswersItsId() throws IOException {
        JsonNode answer = invoke(Events.read("sns/rheoceros_composite_ALARM.envelope.json"));

        assertThat(answer.at("/results/0/outcome").asText()).isEqualTo("OPENED");
        assertThat(answer.at("/results/0/incidentId").asLong()).isPositive();
    }

    @Test
    void eventBridgeDelivery_ofTheSameAlarmTwice_isADuplicateTheSecondTime() throws IOException {
        String event = Events.read("eventbridge/awsdocs_state_change_for_an_anomaly_detection_alarm.json");
        invoke(event);

        assertThat(invoke(event).at("/results/0/outcome").asText()).isEqualTo("DUPLICATE");
    }

    @Test
    void malformedEvent_failsTheInvocation_soAwsRetriesAndDeadLetters() {
        assertThatThrownBy(() -> invoke(Events.read("sns/aws-lambda-java-libs_sns_event.json")))
                .isInstanceOf(MalformedAlarmEventException.class)
                .hasMessageContaining("Records[0].Sns.Message");
    }
}
