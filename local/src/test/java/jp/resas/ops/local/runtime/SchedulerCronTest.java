package jp.resas.ops.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class SchedulerCronTest {

    private static final ZoneId JST = ZoneId.of("Asia/Tokyo");

    @Test
    void firstMondayOfEachQuarter_atNineJst() {
        SchedulerCron cron = SchedulerCron.parse("cron(0 9 ? 1,4,7,10 2#1 *)");

        ZonedDateTime next = cron.next(ZonedDateTime.of(2026, 11, 27, 10, 0, 0, 0, JST)).orElseThrow();
        ZonedDateTime after = cron.next(next).orElseThrow();

        assertThat(next).isEqualTo(ZonedDateTime.of(2027, 1, 4, 9, 0, 0, 0, JST));
        assertThat(after).isEqualTo(ZonedDateTime.of(2027, 4, 5, 9, 0, 0, 0, JST));
    }

    @Test
    void dailyExpression_withWildcardDayOfWeek() {
        SchedulerCron cron = SchedulerCron.parse("cron(30 6 * * ? *)");

        assertThat(cron.next(ZonedDateTime.of(2026, 11, 27, 7, 0, 0, 0, JST)).orElseThrow())
                .isEqualTo(ZonedDateTime.of(2026, 11, 28, 6, 30, 0, 0, JST));
    }

    @Test
    void malformedExpressions_areRefusedNamingThem() {
        assertThatThrownBy(() -> SchedulerCron.parse("rate(5 minutes)")).hasMessageContaining("rate(5 minutes)");
        assertThatThrownBy(() -> SchedulerCron.parse("cron(0 9 * *)")).hasMessageContaining("six fields");
        assertThatThrownBy(() -> SchedulerCron.parse("cron(0 99 ? * * *)")).hasMessageContaining("cron(0 99 ? * * *)");
    }
}
