package jp.resas.ops.inquiry;

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

class InquiryRulesTest {

    private static final TicketRules RULES = InquiryRules.RULES;

    private static final Set<String> REQUESTED = Set.of(
            "RECEIVED>INVESTIGATING", "RECEIVED>WAITING_FOR_REQUESTER", "RECEIVED>ANSWERED",
            "INVESTIGATING>WAITING_FOR_REQUESTER", "INVESTIGATING>ANSWERED",
            "WAITING_FOR_REQUESTER>INVESTIGATING", "WAITING_FOR_REQUESTER>ANSWERED",
            "ANSWERED>CLOSED", "ANSWERED>INVESTIGATING");

    static Stream<Arguments> everyPair() {
        return LifecycleTable.pairs(RULES);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("everyPair")
    void everyPair_isAllowedExactlyWhenListed_elseRefusedAs409(String from, String to) {
        LifecycleTable.check(RULES, from, to, REQUESTED);
    }

    @Test
    void statuses_startReceived_withJapaneseLabels() {
        assertThat(RULES.initial()).isEqualTo("RECEIVED");
        assertThat(RULES.statuses()).containsExactlyInAnyOrder("RECEIVED", "INVESTIGATING", "WAITING_FOR_REQUESTER",
                "ANSWERED", "CLOSED");
        assertThat(RULES.label("WAITING_FOR_REQUESTER")).isEqualTo("依頼者回答待ち");
    }

    @Test
    void answering_needsTheAnswer_resolves_andOnlyClosedCloses() {
        assertThat(RULES.requiredOnEntry()).isEqualTo(Map.of("ANSWERED", List.of("answer")));
        assertThat(RULES.resolving()).containsExactly("ANSWERED");
        assertThat(RULES.closing()).containsExactly("CLOSED");
    }

    @Test
    void waitingForTheRequester_pausesTheClock_andThereIsNoApprovalGate() {
        assertThat(RULES.pauses()).isEqualTo(Map.of("WAITING_FOR_REQUESTER", PauseReason.WAITING_FOR_REQUESTER));
        assertThat(RULES.approval()).isEmpty();
    }
}
