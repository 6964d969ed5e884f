package jp.resas.ops.functions.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.resas.ops.monitoring.runs.CollectionPeriod;
import jp.resas.ops.monitoring.runs.Collector;
import jp.resas.ops.monitoring.runs.RunReport;
import jp.resas.ops.monitoring.runs.RunStatus;
import org.junit.jupiter.api.Test;

class DailyCollectorHandlerTest {

    /** 2026-11-27 08:00 JST: "yesterday" is the 26th in Japan although it is still the 26th in UTC too. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T23:00:00Z"), ZoneOffset.UTC);

    private final List<CollectionPeriod> asked = new ArrayList<>();

    private final class Probe extends DailyCollectorHandler {
        Probe() {
            super("probe-collector", period -> {
                asked.add(period);
                return List.of(new RunReport(Collector.values()[0], period.start().toString(), RunStatus.SUCCEEDED,
                        Instant.EPOCH, Instant.EPOCH, List.of("x"), Map.of("rows", 3), null));
            }, new ObjectMapper().registerModule(new JavaTimeModule()), counts -> { }, CLOCK);
        }
    }

    private JsonNode invoke(String event) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Probe().handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out,
                new InProcessContext("probe-collector"));
        return new ObjectMapper().readTree(out.toByteArray());
    }

    @Test
    void namedDay_isCollected_andItsRunReported() throws IOException {
        JsonNode answer = invoke("{\"date\":\"2026-11-20\"}");

        assertThat(asked).singleElement().satisfies(period -> assertThat(period.start()).hasToString("2026-11-20"));
        assertThat(answer.at("/runs/0/status").asText()).isEqualTo("SUCCEEDED");
        assertThat(answer.at("/runs/0/missing/0").asText()).isEqualTo("x");
    }

    @Test
    void emptyEvent_collectsYesterdayInJapanTime() throws IOException {
        invoke("{}");

        assertThat(asked).singleElement().satisfies(period -> assertThat(period.start()).hasToString("2026-11-26"));
    }

    @Test
    void badDate_isRefusedNamingTheField_andNothingIsCollected() {
        assertThatThrownBy(() -> invoke("{\"date\":\"26/11/2026\"}")).hasMessageContaining("date");
        assertThat(asked).isEmpty();
    }
}
