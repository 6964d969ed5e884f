package jp.resas.ops.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import jp.resas.ops.testutils.LifecycleTable;
import jp.resas.ops.ticket.TicketKind;
import jp.resas.ops.ticket.TicketRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class IssueRulesTest {

    private static final TicketRules RULES = IssueRules.RULES;

    private static final Set<String> REQUESTED = Set.of(
            "OPEN>IN_PROGRESS", "OPEN>RESOLVED", "IN_PROGRESS>OPEN", "IN_PROGRESS>RESOLVED",
            "RESOLVED>CLOSED", "RESOLVED>IN_PROGRESS");

    static Stream<Arguments> everyPair() {
        return LifecycleTable.pairs(RULES);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("everyPair")
    void everyPair_isAllowedExactlyWhenListed_elseRefusedAs409(String from, String to) {
        LifecycleTable.check(RULES, from, to, REQUESTED);
    }

    @Test
    void resolving_needsTheResolution_closedIsFinal_noSlaNoPausesNoGate() {
        assertThat(RULES.initial()).isEqualTo("OPEN");
        assertThat(RULES.requiredOnEntry()).isEqualTo(Map.of("RESOLVED", List.of("resolution")));
        assertThat(RULES.closing()).containsExactly("CLOSED");
        assertThat(RULES.pauses()).isEmpty();
        assertThat(RULES.approval()).isEmpty();
        assertThat(TicketKind.ISSUE.slaType()).isEmpty();
    }
}
