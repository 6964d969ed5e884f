package jp.resas.ops.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import jp.resas.ops.sla.PauseReason;
import jp.resas.ops.testutils.LifecycleTable;
import jp.resas.ops.ticket.TicketRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ChangeRequestRulesTest {

    private static final TicketRules RULES = ChangeRequestRules.RULES;

    private static final Set<String> REQUESTED = Set.of(
            "DRAFT>REVIEW", "DRAFT>CANCELLED", "REVIEW>DRAFT", "REVIEW>CANCELLED",
            "APPROVED>IMPLEMENTED", "APPROVED>CANCELLED", "APPROVED>REVIEW", "IMPLEMENTED>VERIFIED", "VERIFIED>CLOSED");

    static Stream<Arguments> everyPair() {
        return LifecycleTable.pairs(RULES);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("everyPair")
    void everyPair_isAllowedExactlyWhenListed_elseRefusedAs409(String from, String to) {
        LifecycleTable.check(RULES, from, to, REQUESTED);
    }

    @Test
    void approvalGate_fromReviewToApprovedOrRejected_only() {
        var gate = RULES.approval().orElseThrow();

        assertThat(gate.awaiting()).isEqualTo("REVIEW");
        assertThat(gate.approved()).isEqualTo("APPROVED");
        assertThat(gate.rejected()).isEqualTo("REJECTED");
        assertThat(RULES.decidedByApproval("APPROVED")).isTrue();
        assertThat(RULES.decidedByApproval("REJECTED")).isTrue();
        assertThat(RULES.decidedByApproval("IMPLEMENTED")).isFalse();
    }

    @Test
    void entryFields_pauses_resolvingAndClosing() {
        assertThat(RULES.requiredOnEntry()).isEqualTo(Map.of("REVIEW", List.of("risk", "rollbackPlan"),
                "IMPLEMENTED", List.of("document", "documentVersion"), "VERIFIED", List.of("verification")));
        assertThat(RULES.pauses()).isEqualTo(Map.of("REVIEW", PauseReason.WAITING_FOR_APPROVAL));
        assertThat(RULES.resolving()).containsExactly("IMPLEMENTED");
        assertThat(RULES.closing()).containsExactlyInAnyOrder("CLOSED", "REJECTED", "CANCELLED");
    }
}
