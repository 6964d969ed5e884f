package jp.resas.ops.incident.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ser.BeanSerializer;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import jp.resas.ops.platform.web.VariedValues;
import jp.resas.ops.testutils.PlatformTest;
import org.junit.jupiter.api.Test;

/** The incident list written by hand ({@link IncidentListView.Json}) reads exactly as the bean serializer wrote it. */
@PlatformTest
class IncidentListJsonTest {

    @Inject
    ObjectMapper mapper;

    @Test
    void handWrittenPage_isTheBeanSerializersText_overVariedRows() throws Exception {
        ObjectMapper before = VariedValues.beanSerializing(mapper, IncidentListView.class);
        assertThat(mapper.getSerializerProviderInstance().findValueSerializer(IncidentListView.class))
                .isInstanceOf(IncidentListView.Json.class);
        assertThat(before.getSerializerProviderInstance().findValueSerializer(IncidentListView.class))
                .isInstanceOf(BeanSerializer.class);
        VariedValues values = new VariedValues(18);
        for (int page = 0; page < 400; page++) {
            List<IncidentView> items = new ArrayList<>();
            int size = page == 0 ? 0 : values.below(60);
            for (int i = 0; i < size; i++) {
                items.add(new IncidentView(values.number(), values.text(), values.smallNumber(), values.text(),
                        values.text(), values.text(), values.text(), values.smallNumber(), values.instant(),
                        values.instant(), values.instant()));
            }
            IncidentListView view = new IncidentListView(items, values.text());

            assertThat(mapper.writeValueAsString(view)).isEqualTo(before.writeValueAsString(view));
            assertThat(mapper.writeValueAsBytes(view)).isEqualTo(before.writeValueAsBytes(view));
        }
    }

    @Test
    void aPage_keepsItsShape() throws Exception {
        IncidentView item = new IncidentView(7, "障害 \"A\"", 2, "DETECTED", "ALARM", "cpu-high", null, 3,
                java.time.Instant.parse("2026-11-29T00:00:00.120Z"), null, null);

        assertThat(mapper.writeValueAsString(new IncidentListView(List.of(item), null))).isEqualTo(
                "{\"items\":[{\"id\":7,\"title\":\"障害 \\\"A\\\"\",\"severity\":2,\"status\":\"DETECTED\","
                        + "\"source\":\"ALARM\",\"alarmName\":\"cpu-high\",\"alarmArn\":null,\"occurrences\":3,"
                        + "\"openedAt\":\"2026-11-29T00:00:00.120Z\",\"recoveredAt\":null,\"closedAt\":null}],"
                        + "\"nextCursor\":null}");
    }
}
