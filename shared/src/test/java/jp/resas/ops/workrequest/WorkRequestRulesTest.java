package jp.resas.ops.workrequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.sla.PauseReason;
import jp.resas.ops.testutils.LifecycleTable;
import jp.resas.ops.ticket.TicketRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WorkRequestRulesTest {

    private static final TicketRules RULES = WorkRequestRules.RULES;

    private static final Set<String> REQUESTED = Set.of(
            "RECEIVED>AWAITING_APPROVAL", "RECEIVED>IN_PROGRESS", "RECEIVED>CANCELLED",
            "AWAITING_APPROVAL>CANCELLED", "APPROVED>IN_PROGRESS", "APPROVED>CANCELLED",
            "IN_PROGRESS>WAITING_FOR_REQUESTER", "IN_PROGRESS>DONE", "WAITING_FOR_REQUESTER>IN_PROGRESS",
            "DONE>CLOSED", "DONE>IN_PROGRESS");

    static Stream<Arguments> everyPair() {
        return LifecycleTable.pairs(RULES);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("everyPair")
    void everyPair_isAllowedExactlyWhenListed_elseRefusedAs409(String from, String to) {
        LifecycleTable.check(RULES, from, to, REQUESTED);
    }

    @Test
    void touchingProductionData_cannotStartBeforeApproval() {
        var production = LifecycleTable.at(RULES, "RECEIVED", Map.of(WorkRequestRules.TOUCHES_PRODUCTION, "true"));
        var other = LifecycleTable.at(RULES, "RECEIVED", Map.of(WorkRequestRules.TOUCHES_PRODUCTION, "false"));
        var approved = LifecycleTable.at(RULES, "APPROVED", Map.of(WorkRequestRules.TOUCHES_PRODUCTION, "true"));

        assertThatThrownBy(() -> RULES.guard().check(production, "IN_PROGRESS"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("APPROVAL_REQUIRED"));
        RULES.guard().check(production, "AWAITING_APPROVAL");
        RULES.guard().check(other, "IN_PROGRESS");
        RULES.guard().check(approved, "IN_PROGRESS");
    }

    @Test
    void approvalGate_entryFields_pauses_resolvingAndClosing() {
        var gate = RULES.approval().orElseThrow();
        assertThat(List.of(gate.awaiting(), gate.approved(), gate.rejected()))
                .containsExactly("AWAITING_APPROVAL", "APPROVED", "REJECTED");
        assertThat(RULES.requiredOnEntry()).isEqualTo(Map.of("DONE", List.of("result", "deliverable")));
        assertThat(RULES.pauses()).isEqualTo(Map.of("AWAITING_APPROVAL", PauseReason.WAITING_FOR_APPROVAL,
                "WAITING_FOR_REQUESTER", PauseReason.WAITING_FOR_REQUESTER));
        assertThat(RULES.resolving()).containsExactly("DONE");
        assertThat(RULES.closing()).containsExactlyInAnyOrder("CLOSED", "REJECTED", "CANCELLED");
    }
}
