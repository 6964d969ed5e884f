package jp.resas.ops.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlaPoliciesTest {

    @Test
    void defaults_coverEveryTypeAndPriority() {
        var policies = SlaPolicies.defaults();

        for (TicketType type : TicketType.values()) {
            for (Priority priority : Priority.values()) {
                assertThat(policies.policyFor(type, priority).warningPercent()).isEqualTo(80);
            }
        }
        assertThat(policies.policyFor(TicketType.INCIDENT, Priority.CRITICAL).firstResponse())
                .isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void with_replacement_changesOnlyThatPolicy() {
        var faster = new SlaPolicy(TicketType.INQUIRY, Priority.LOW, Duration.ofHours(2), Duration.ofHours(8),
                90, Set.of());

        var policies = SlaPolicies.defaults().with(faster);

        assertThat(policies.policyFor(TicketType.INQUIRY, Priority.LOW)).isEqualTo(faster);
        assertThat(policies.policyFor(TicketType.INQUIRY, Priority.HIGH))
                .isEqualTo(SlaPolicies.defaults().policyFor(TicketType.INQUIRY, Priority.HIGH));
    }

    @Test
    void constructor_missingCombination_isRefused() {
        var one = new SlaPolicy(TicketType.INQUIRY, Priority.LOW, Duration.ofHours(2), Duration.ofHours(8), 80, Set.of());

        assertThatThrownBy(() -> new SlaPolicies(List.of(one)))
                .hasMessage("no policy for INQUIRY/CRITICAL");
    }

    @Test
    void policy_firstResponseLongerThanResolution_isRefused() {
        assertThatThrownBy(() -> new SlaPolicy(TicketType.INQUIRY, Priority.LOW, Duration.ofHours(9),
                Duration.ofHours(8), 80, Set.of()))
                .hasMessage("INQUIRY/LOW: first-response target exceeds the resolution target");
    }

    @Test
    void policy_warningOutsideOneTo99Percent_isRefused() {
        assertThatThrownBy(() -> new SlaPolicy(TicketType.INQUIRY, Priority.LOW, Duration.ofHours(1),
                Duration.ofHours(8), 100, Set.of()))
                .hasMessageContaining("1-99%");
    }
}
