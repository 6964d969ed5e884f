package jp.resas.ops.infra;

import static jp.resas.ops.infra.testutils.SynthesizedApp.stacks;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Annotations;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.cxapi.SynthesisMessage;

/** cdk-nag's AwsSolutions pack passes: every finding is fixed or suppressed with a reason. */
class NagComplianceTest {

    static Stream<Stack> stacksOfTheApp() {
        ResasOpsApp.Stacks stacks = stacks();
        return Stream.of(stacks.network(), stacks.data(), stacks.api(), stacks.monitoring(),
                stacks.collectors());
    }

    @ParameterizedTest
    @MethodSource("stacksOfTheApp")
    void awsSolutions_hasNoUnsuppressedErrors(Stack stack) {
        List<SynthesisMessage> errors = Annotations.fromStack(stack)
                .findError("*", Match.stringLikeRegexp("AwsSolutions-.*"));

        assertThat(errors).extracting(NagComplianceTest::describe).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("stacksOfTheApp")
    void awsSolutions_hasNoUnsuppressedWarnings(Stack stack) {
        List<SynthesisMessage> warnings = Annotations.fromStack(stack)
                .findWarning("*", Match.stringLikeRegexp("AwsSolutions-.*"));

        assertThat(warnings).extracting(NagComplianceTest::describe).isEmpty();
    }

    private static String describe(SynthesisMessage message) {
        return message.getId() + ": " + message.getEntry().getData();
    }
}
