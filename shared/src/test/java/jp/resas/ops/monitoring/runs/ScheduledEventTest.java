package jp.resas.ops.monitoring.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ScheduledEventTest {

    // 2026-12-01 08:30 JST, still 2026-11-30 in UTC
    private final Clock clock = Clock.fixed(Instant.parse("2026-11-30T23:30:00Z"), ZoneOffset.UTC);

    @Test
    void noInput_meansYesterdayInJapan_forDailyCollectors() {
        assertThat(ScheduledEvent.days("{}", clock)).isEqualTo(CollectionPeriod.day(LocalDate.parse("2026-11-30")));
        assertThat(ScheduledEvent.days("", clock).label()).isEqualTo("2026-11-30");
    }

    @Test
    void noInput_meansThisMonthInJapan_forTheCostCollector() {
        assertThat(ScheduledEvent.month("{}", clock).label()).isEqualTo("2026-12");
    }

    @Test
    void aDateOrAMonth_isTaken_asGiven() {
        assertThat(ScheduledEvent.days("{\"date\":\"2026-11-26\"}", clock).label()).isEqualTo("2026-11-26");
        CollectionPeriod month = ScheduledEvent.days("{\"month\":\"2026-02\"}", clock);
        assertThat(month.start()).isEqualTo(LocalDate.parse("2026-02-01"));
        assertThat(month.end()).isEqualTo(LocalDate.parse("2026-03-01"));
        assertThat(ScheduledEvent.month("{\"date\":\"2026-11-26\"}", clock).label()).isEqualTo("2026-11");
    }

    @Test
    void badInput_isRefusedNamingTheField() {
        assertThatThrownBy(() -> ScheduledEvent.days("{\"date\":\"2026-11-31\"}", clock))
                .isInstanceOf(MalformedScheduleEventException.class).hasMessage("date: expected yyyy-MM-dd, was '2026-11-31'");
        assertThatThrownBy(() -> ScheduledEvent.month("{\"month\":\"11/2026\"}", clock))
                .hasMessage("month: expected yyyy-MM, was '11/2026'");
        assertThatThrownBy(() -> ScheduledEvent.days("[1]", clock)).hasMessageStartingWith("event: expected a JSON object");
        assertThatThrownBy(() -> ScheduledEvent.days("{", clock)).hasMessageStartingWith("event: not JSON");
    }
}
