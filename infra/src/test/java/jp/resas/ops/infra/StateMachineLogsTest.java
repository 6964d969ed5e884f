package jp.resas.ops.infra;

import static jp.resas.ops.infra.testutils.SynthesizedApp.template;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.resas.ops.infra.testutils.SynthesizedApp;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/**
 * Step Functions delivers logs as vended logs, which adds to the account's CloudWatch Logs resource
 * policy (5,120 characters); groups under /aws/vendedlogs/ are covered by one entry, others each add one.
 */
class StateMachineLogsTest {

    static Stream<Stack> stacksOfTheApp() {
        return SynthesizedApp.allStacks();
    }

    @ParameterizedTest
    @MethodSource("stacksOfTheApp")
    void everyStateMachine_logsToAGroupUnderVendedLogs(Stack stack) {
        Template template = template(stack);
        List<String> outside = new ArrayList<>();
        template.findResources("AWS::StepFunctions::StateMachine").forEach((id, machine) -> {
            Object destination = ((Map<?, ?>) machine.get("Properties")).get("LoggingConfiguration");
            assertThat(destination).as(id + " has no logging configuration").isNotNull();
            Map<?, ?> groupArn = (Map<?, ?>) ((Map<?, ?>) ((Map<?, ?>) ((List<?>) ((Map<?, ?>) destination)
                    .get("Destinations")).get(0)).get("CloudWatchLogsLogGroup")).get("LogGroupArn");
            Object groupId = ((List<?>) groupArn.get("Fn::GetAtt")).get(0);
            if (template.findResources("AWS::Logs::LogGroup", Map.of("Properties", Map.of(
                    "LogGroupName", Match.stringLikeRegexp("^/aws/vendedlogs/.*")))).get(String.valueOf(groupId)) == null) {
                outside.add(id);
            }
        });

        assertThat(outside).isEmpty();
    }
}
