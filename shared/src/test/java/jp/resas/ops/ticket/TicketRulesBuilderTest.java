package jp.resas.ops.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import jp.resas.ops.sla.PauseReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A kind's rules are checked when they are built: a rule naming a status or field the kind lacks is refused. */
class TicketRulesBuilderTest {

    /** A small kind: 受付 → 対応中 → 完了, with a note field. */
    private static TicketRules.Builder kind() {
        return TicketRules.of(TicketKind.ISSUE)
                .status("OPEN", "受付").status("DOING", "対応中").status("DONE", "完了")
                .moves("OPEN", "DOING").moves("DOING", "DONE")
                .field(FieldSpec.text("note", 100, false));
    }

    static Stream<Arguments> rulesNamingAnUnknownStatus() {
        return Stream.of(
                Arguments.of("moves DOING to", (UnaryOperator<TicketRules.Builder>) b -> b.moves("DOING", "DONE", "DONNE")),
                Arguments.of("moves from", (UnaryOperator<TicketRules.Builder>) b -> b.moves("WAITING", "DONE")),
                Arguments.of("requiredOnEntry", (UnaryOperator<TicketRules.Builder>) b -> b.requiredOnEntry("CLOSED", "note")),
                Arguments.of("pauses", (UnaryOperator<TicketRules.Builder>) b -> b.pauses("WAITING",
                        PauseReason.WAITING_FOR_REQUESTER)),
                Arguments.of("resolving", (UnaryOperator<TicketRules.Builder>) b -> b.resolving("RESOLVED")),
                Arguments.of("closing", (UnaryOperator<TicketRules.Builder>) b -> b.closing("DONE", "CLOSED")),
                Arguments.of("approvalGate awaiting", (UnaryOperator<TicketRules.Builder>) b -> b.approvalGate(
                        "REVIEW", "DOING", "DONE")),
                Arguments.of("approvalGate rejected", (UnaryOperator<TicketRules.Builder>) b -> b.approvalGate(
                        "OPEN", "DOING", "REJECTED")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rulesNamingAnUnknownStatus")
    void aRuleNamingAStatusTheKindDoesNotHave_isRefused_namingTheRuleAndTheStatus(String rule,
            UnaryOperator<TicketRules.Builder> naming) {
        assertThatThrownBy(() -> naming.apply(kind()).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ISSUE: rule '" + rule)
                .hasMessageContaining("which ISSUE does not have");
    }

    @Test
    void aRuleNamingAFieldTheKindDoesNotHave_isRefused() {
        assertThatThrownBy(() -> kind().requiredOnEntry("DONE", "resolution").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("names field resolution");
        assertThatThrownBy(() -> kind().approvalGate("OPEN", "DOING", "DONE", "budget").build())
                .hasMessageContaining("rule 'approvalGate bound' names field budget");
    }

    @Test
    void aDecisionPolicyWithoutAnApprovalGate_isRefused() {
        assertThatThrownBy(() -> kind().may(TicketAction.DECIDE, Who.APPROVERS).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a decision policy needs an approval gate");
    }

    @Test
    void defaults_everyoneReads_staffOpenAndComment_operatorsWork_approversDecideOnlyBehindAGate() {
        TicketRules plain = kind().build();
        assertThat(plain.initial()).isEqualTo("OPEN");
        assertThat(plain.who(TicketAction.READ)).isEqualTo(Who.EVERYONE);
        assertThat(plain.who(TicketAction.OPEN)).isEqualTo(Who.STAFF);
        assertThat(plain.who(TicketAction.COMMENT)).isEqualTo(Who.STAFF);
        assertThat(plain.who(TicketAction.TRANSITION)).isEqualTo(Who.OPERATORS);
        assertThat(plain.who(TicketAction.UPDATE)).isEqualTo(Who.OPERATORS);
        assertThat(plain.who(TicketAction.ASSIGN)).isEqualTo(Who.OPERATORS);
        assertThat(plain.who(TicketAction.DECIDE)).isEqualTo(Who.NOBODY);

        TicketRules gated = kind().approvalGate("DOING", "DONE", "OPEN", "note").may(TicketAction.OPEN, Who.EVERYONE).build();
        assertThat(gated.who(TicketAction.DECIDE)).isEqualTo(Who.APPROVERS);
        assertThat(gated.who(TicketAction.OPEN)).isEqualTo(Who.EVERYONE);
        assertThat(gated.decidedByApproval("DONE")).isTrue();
    }

    @Test
    void theCanonicalConstructor_checksToo_soNoKindSkipsTheBuilderChecks() {
        TicketRules built = kind().build();
        assertThatThrownBy(() -> new TicketRules(built.kind(), "NOWHERE", built.next(), built.labels(), built.fields(),
                built.requiredOnEntry(), built.pauses(), built.resolving(), built.closing(), built.approval(),
                built.guard(), built.access()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rule 'initial' names status NOWHERE");
    }
}
