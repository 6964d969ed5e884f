package jp.resas.ops.functions.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import jp.resas.ops.report.ReportKind;
import org.junit.jupiter.api.Test;

/** The schedule's input as EventBridge Scheduler sends it; anything else is refused, naming the field. */
class ReportScheduleHandlerTest {

    @Test
    void theScheduledInput_givesTheKindAndThePlannedTime() {
        Map<String, Object> event = Map.of("kind", "WEEKLY", "at", "2026-11-30T00:00:00Z");

        assertThat(ReportScheduleHandler.kind(event)).isEqualTo(ReportKind.WEEKLY);
        assertThat(ReportScheduleHandler.plannedAt(event)).isEqualTo(Instant.parse("2026-11-30T00:00:00Z"));
    }

    @Test
    void anotherKind_orAnUnreadableTime_isRefused() {
        assertThatThrownBy(() -> ReportScheduleHandler.kind(Map.of("kind", "INCIDENT")))
                .hasMessageContaining("kind must be MONTHLY or WEEKLY, was INCIDENT");
        assertThatThrownBy(() -> ReportScheduleHandler.kind(Map.of())).hasMessageContaining("was null");
        assertThatThrownBy(() -> ReportScheduleHandler.plannedAt(Map.of("at", "<aws.scheduler.scheduled-time>")))
                .hasMessageContaining("at must be an ISO-8601 instant");
    }
}
