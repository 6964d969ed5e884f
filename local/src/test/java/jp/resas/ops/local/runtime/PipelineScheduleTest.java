package jp.resas.ops.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code resas-ops local} starts the data-update state machine on the schedules the CDK app deploys. */
class PipelineScheduleTest {

    private static final Path TEMPLATE = Path.of("..", "infra", "target", "cdk.out", "ResasOps-Pipeline.template.json");

    @Test
    void localDataUpdateSchedules_areTheSynthesisedOnes_inJapanTime() throws IOException {
        assertThat(TEMPLATE).as("run the infra module's tests first (mvn -pl local -am test)").exists();
        ObjectMapper json = new ObjectMapper();
        Map<String, String> deployed = new HashMap<>();
        json.readTree(TEMPLATE.toFile()).path("Resources").forEach(resource -> {
            if ("AWS::Scheduler::Schedule".equals(resource.path("Type").asText())) {
                JsonNode properties = resource.path("Properties");
                assertThat(properties.path("ScheduleExpressionTimezone").asText()).isEqualTo(LocalRuntime.JST.getId());
                try {
                    String dataset = json.readTree(properties.at("/Target/Input").asText()).path("dataset").asText();
                    deployed.put(dataset, properties.path("ScheduleExpression").asText());
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            }
        });

        assertThat(deployed).isEqualTo(LocalRuntime.DATA_UPDATE_SCHEDULES);
    }
}
