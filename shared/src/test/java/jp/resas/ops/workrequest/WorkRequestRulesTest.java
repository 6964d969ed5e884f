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
            "AWAITING_APPROVAL>CANCELLED", "APPROVED>IN_PROGRESS", "APPROVED>CANCELLED", "APPROVED>AWAITING_APPROVAL",
            "IN_PROGRESS>WAITING_FOR_REQUESTER", "IN_PROGRESS>DONE", "IN_PROGRESS>AWAITING_APPROVAL", "WAITING_FOR_REQUESTER>IN_PROGRESS",
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
        Map<String, String> production = Map.of(WorkRequestRules.TOUCHES_PRODUCTION, "true");
        Map<String, String> other = Map.of(WorkRequestRules.TOUCHES_PRODUCTION, "false");
        var received = LifecycleTable.at(RULES, "RECEIVED", other);
        var inProgress = LifecycleTable.at(RULES, "IN_PROGRESS", other);
        var base = LifecycleTable.at(RULES, "APPROVED", production);
        var approved = new jp.resas.ops.ticket.Ticket(base.id(), base.kind(), base.title(), base.priority(),
                base.status(), base.requester(), null, null, production, base.createdAt(), null, null, null, 3,
                List.of(), java.util.Optional.of(production), Set.of("yamada"));

        assertThatThrownBy(() -> RULES.guard().check(received, "IN_PROGRESS", production))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("APPROVAL_REQUIRED"));
        assertThatThrownBy(() -> RULES.guard().check(inProgress, "DONE", production))
                .as("flipped to production data while the work is under way")
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("APPROVAL_REQUIRED"));
        RULES.guard().check(received, "AWAITING_APPROVAL", production);
        RULES.guard().check(received, "IN_PROGRESS", other);
        RULES.guard().check(approved, "IN_PROGRESS", production);
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
