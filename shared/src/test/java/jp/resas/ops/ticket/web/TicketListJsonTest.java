package jp.resas.ops.ticket.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ser.BeanSerializer;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import jp.resas.ops.platform.web.ListPage;
import jp.resas.ops.platform.web.VariedValues;
import jp.resas.ops.testutils.PlatformTest;
import org.junit.jupiter.api.Test;

/**
 * The ticket list and the queue lines written by hand ({@link TicketListView.Json}, {@link QueueItemView.Json}) read
 * exactly as the bean serializer wrote them, SLA included; and a ticket's detail, which unwraps the same
 * {@link TicketView}, is not touched.
 */
@PlatformTest
class TicketListJsonTest {

    @Inject
    ObjectMapper mapper;

    @Test
    void handWrittenTicketPage_isTheBeanSerializersText_overVariedRows() throws Exception {
        ObjectMapper before = VariedValues.beanSerializing(mapper, TicketListView.class);
        assertThat(mapper.getSerializerProviderInstance().findValueSerializer(TicketListView.class))
                .isInstanceOf(TicketListView.Json.class);
        assertThat(before.getSerializerProviderInstance().findValueSerializer(TicketListView.class))
                .isInstanceOf(BeanSerializer.class);
        VariedValues values = new VariedValues(18);
        for (int page = 0; page < 400; page++) {
            List<TicketView> items = new ArrayList<>();
            int size = page == 0 ? 0 : values.below(60);
            for (int i = 0; i < size; i++) {
                items.add(ticket(values));
            }
            TicketListView view = new TicketListView(items, values.text());

            assertThat(mapper.writeValueAsString(view)).isEqualTo(before.writeValueAsString(view));
            assertThat(mapper.writeValueAsBytes(view)).isEqualTo(before.writeValueAsBytes(view));
        }
    }

    @Test
    void handWrittenQueueLines_areTheBeanSerializersText_overVariedRows() throws Exception {
        ObjectMapper before = VariedValues.beanSerializing(mapper, QueueItemView.class);
        assertThat(mapper.getSerializerProviderInstance().findValueSerializer(QueueItemView.class))
                .isInstanceOf(QueueItemView.Json.class);
        assertThat(before.getSerializerProviderInstance().findValueSerializer(QueueItemView.class))
                .isInstanceOf(BeanSerializer.class);
        VariedValues values = new VariedValues(1818);
        for (int page = 0; page < 400; page++) {
            List<QueueItemView> items = new ArrayList<>();
            int size = page == 0 ? 0 : values.below(60);
            for (int i = 0; i < size; i++) {
                items.add(new QueueItemView(values.text(), values.number(), values.text(), values.text(),
                        values.text(), values.text(), values.text(), values.text(), values.instant(), values.number(),
                        sla(values), values.instant(), values.text()));
            }
            ListPage<QueueItemView> view = new ListPage<>(items, values.text());

            assertThat(mapper.writeValueAsString(view)).isEqualTo(before.writeValueAsString(view));
            assertThat(mapper.writeValueAsBytes(view)).isEqualTo(before.writeValueAsBytes(view));
        }
    }

    @Test
    void aTicketsDetail_stillUnwrapsTheTicket() throws Exception {
        ObjectMapper before = VariedValues.beanSerializing(mapper, TicketListView.class);
        VariedValues values = new VariedValues(7);
        for (int i = 0; i < 200; i++) {
            TicketDetailView detail = new TicketDetailView(ticket(values), List.of(), List.of());

            assertThat(mapper.writeValueAsString(detail)).isEqualTo(before.writeValueAsString(detail))
                    .startsWith("{\"id\":");
        }
    }

    private static TicketView ticket(VariedValues values) {
        return new TicketView(values.number(), values.text(), values.text(), values.text(), values.text(),
                values.text(), values.text(), values.text(), values.text(), values.date(), values.texts(),
                values.instant(), values.instant(), values.instant(), values.instant(), values.number(), sla(values));
    }

    private static SlaView sla(VariedValues values) {
        if (values.below(5) == 0) {
            return null;
        }
        return new SlaView(values.text(), values.bool(), values.bool(), clock(values), clock(values));
    }

    private static SlaView.Clock clock(VariedValues values) {
        if (values.below(10) == 0) {
            return null;
        }
        return new SlaView.Clock(values.text(), values.number(), values.number(), values.number(), values.instant(),
                values.instant());
    }
}
