package jp.resas.ops.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** {@link SlaPolicy#warningAfter} answers what Duration's own arithmetic answers, to the nanosecond. */
class SlaWarningTest {

    @Test
    void warningAfter_isTargetTimesPercentOver100_truncated_forRandomAndHugeTargets() {
        SplittableRandom random = new SplittableRandom(18);
        for (int i = 0; i < 100_000; i++) {
            int percent = 1 + random.nextInt(99);
            SlaPolicy policy = new SlaPolicy(TicketType.INQUIRY, Priority.LOW, Duration.ofMinutes(1),
                    Duration.ofDays(3650), percent, Set.of());
            Duration target = i % 10 == 0 ? Duration.ofSeconds(random.nextLong(1, Long.MAX_VALUE / 100), random.nextInt(1_000_000_000))
                    : Duration.ofNanos(random.nextLong(1, 400L * 24 * 3_600_000_000_000L));
            assertThat(policy.warningAfter(target)).as("%s of %s", percent, target)
                    .isEqualTo(target.multipliedBy(percent).dividedBy(100));
        }
    }
}
