package jp.resas.ops.infra.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.resas.ops.infra.testutils.SynthesizedApp;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;

/**
 * Every function and state machine of every RESAS Ops stack has its alarms, found from the
 * templates: a function or state machine added without one fails here.
 */
class EveryPartAlarmsTest {

    private static List<Stack> opsStacks() {
        return SynthesizedApp.stacks().network().getNode().getScope().getNode().getChildren().stream()
                .filter(Stack.class::isInstance).map(Stack.class::cast)
                .filter(s -> !s.getNode().getId().startsWith("ResasOps-Watched-")).toList();
    }

    /** Alarm (metric, dimension value) pairs of the stack, dimension values as their template JSON. */
    @SuppressWarnings("unchecked")
    private static List<String> alarmed(Template template) {
        List<String> pairs = new ArrayList<>();
        for (Object resource : template.findResources("AWS::CloudWatch::Alarm").values()) {
            Map<String, Object> props = (Map<String, Object>) ((Map<String, Object>) resource).get("Properties");
            List<Map<String, Object>> dims = (List<Map<String, Object>>) props.get("Dimensions");
            if (dims != null) {
                dims.forEach(d -> pairs.add(props.get("MetricName") + " " + d.get("Value")));
            }
        }
        return pairs;
    }

    private static List<String> allAlarmNames() {
        return opsStacks().stream().flatMap(s -> Template.fromStack(s).findResources("AWS::CloudWatch::Alarm")
                .values().stream()).map(r -> String.valueOf(((Map<?, ?>) ((Map<?, ?>) r).get("Properties"))
                .get("AlarmName"))).toList();
    }

    @Test
    void everyFunction_hasAThrottlesAlarmInItsStack_andAnErrorsAlarm() {
        int functions = 0;
        for (Stack stack : opsStacks()) {
            Template template = Template.fromStack(stack);
            List<String> alarmed = alarmed(template);
            for (String id : template.findResources("AWS::Lambda::Function").keySet()) {
                functions++;
                assertThat(alarmed).as(stack.getNode().getId() + " function " + id)
                        .contains("Throttles {Ref=" + id + "}");
                boolean errorsHere = alarmed.contains("Errors {Ref=" + id + "}");
                // PlatformAlarms' function errors live in the Monitoring stack, on the exported function name.
                boolean errorsElsewhere = alarmed(Template.fromStack(SynthesizedApp.stacks().monitoring())).stream()
                        .anyMatch(a -> a.startsWith("Errors ") && a.contains("ImportValue") && a.contains(id));
                assertThat(errorsHere || errorsElsewhere).as(stack.getNode().getId() + " function " + id + " errors")
                        .isTrue();
            }
        }
        assertThat(functions).isGreaterThan(5);
    }

    @Test
    void everyStateMachine_hasFailedAndTimedOutAlarms() {
        int machines = 0;
        for (Stack stack : opsStacks()) {
            Template template = Template.fromStack(stack);
            List<String> alarmed = alarmed(template);
            for (String id : template.findResources("AWS::StepFunctions::StateMachine").keySet()) {
                machines++;
                assertThat(alarmed).as(stack.getNode().getId() + " state machine " + id)
                        .contains("ExecutionsFailed {Ref=" + id + "}", "ExecutionsTimedOut {Ref=" + id + "}");
            }
        }
        assertThat(machines).isGreaterThanOrEqualTo(2);
    }

    @Test
    void api5xx_database_queues_andSchedules_areAlarmed_toTheNamedTopic() {
        assertThat(allAlarmNames()).anyMatch(n -> n.endsWith("-5xx"))
                .anyMatch(n -> n.endsWith("-Capacity")).anyMatch(n -> n.endsWith("-Connections"))
                .anyMatch(n -> n.endsWith("-NotEmpty")).anyMatch(n -> n.contains("Schedules-default-TargetErrors"))
                .doesNotHaveDuplicates();
        Template.fromStack(SynthesizedApp.stacks().monitoring()).hasResourceProperties("AWS::SNS::Topic",
                Map.of("TopicName", EveryPartAlarms.TOPIC_NAME));
        Stream.of(SynthesizedApp.stacks().collectors(), SynthesizedApp.stacks().pipeline()).forEach(stack ->
                assertThat(Template.fromStack(stack).toJSON().toString()).contains(":" + EveryPartAlarms.TOPIC_NAME));
    }
}
