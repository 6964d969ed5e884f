package jp.resas.ops.sfn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

/** Which of a mock config's state machines a definition uses. */
class MockConfigTest {

    private static final JsonNode TWO = Json.parse("""
            {"StateMachines": {"Daily": {"TestCases": {}}, "Weekly": {"TestCases": {}}}}""");
    private static final JsonNode ONE = Json.parse("""
            {"StateMachines": {"Nightly": {"TestCases": {}}}}""");

    @Test
    void theRequestedMachine_wins_overTheFileName() {
        assertThat(MockConfig.stateMachineName(TWO, "Weekly", "Daily")).isEqualTo("Weekly");
    }

    @Test
    void withoutARequest_theMachineNamedLikeTheFile_isUsed() {
        assertThat(MockConfig.stateMachineName(TWO, null, "Daily")).isEqualTo("Daily");
    }

    @Test
    void withoutARequest_orAMachineNamedLikeTheFile_theOnlyMachine_isUsed() {
        assertThat(MockConfig.stateMachineName(ONE, null, "pipeline")).isEqualTo("Nightly");
    }

    @Test
    void withSeveralMachines_andNoneNamedLikeTheFile_nothingIsGuessed() {
        assertThatThrownBy(() -> MockConfig.stateMachineName(TWO, null, "pipeline"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'pipeline'").hasMessageContaining("[Daily, Weekly]");
    }

    @Test
    void anUnknownRequestedMachine_isRefused_evenWhenTheConfigHasOnlyOne() {
        assertThatThrownBy(() -> MockConfig.stateMachineName(ONE, "Weekly", "Nightly"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no state machine 'Weekly'").hasMessageContaining("[Nightly]");
    }
}
