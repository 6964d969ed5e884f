package jp.resas.ops.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import jp.resas.ops.catalogue.Catalogue;
import jp.resas.ops.catalogue.FunctionSpec;
import jp.resas.ops.catalogue.ScheduleSpec;
import jp.resas.ops.infra.lambda.CatalogueFunctions;
import jp.resas.ops.infra.lambda.ResasFunction;
import jp.resas.ops.infra.testutils.SynthesizedApp;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Template;
import software.constructs.IConstruct;

/**
 * The synthesised app and the catalogues (catalogue/functions.json, catalogue/schedules.json) agree: every
 * function of ours in every stack is a catalogue entry with that stack, handler, size and concurrency, and
 * every deployed entry is in its stack; each function's variables are exactly the common ones plus its entry's;
 * every schedule is the catalogue's (expression, zone, target, input, retries) and the other way round.
 */
class CatalogueTemplatesTest {

    private static final Catalogue CATALOGUE = CatalogueFunctions.catalogue();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String OURS = "jp.resas.ops.";

    private record Deployed(String stack, String logicalId, JsonNode properties) {
    }

    private static List<Deployed> resources(String type) {
        List<Deployed> found = new ArrayList<>();
        SynthesizedApp.allStacks().forEach(stack -> {
            JsonNode resources = JSON.valueToTree(Template.fromStack(stack).toJSON()).path("Resources");
            resources.fields().forEachRemaining(entry -> {
                if (type.equals(entry.getValue().path("Type").asText())) {
                    found.add(new Deployed(stack.getNode().getId(), entry.getKey(), entry.getValue().path("Properties")));
                }
            });
        });
        return found;
    }

    @Test
    void everyFunctionOfOurs_isInTheCatalogue_andEveryDeployedEntryIsSynthesised() {
        List<String> synthesised = new ArrayList<>();
        for (Deployed function : resources("AWS::Lambda::Function")) {
            String handler = function.properties().path("Handler").asText();
            if (!handler.startsWith(OURS)) {
                continue; // CDK's own providers (triggers, custom resources)
            }
            FunctionSpec spec = CATALOGUE.functions().stream().filter(f -> f.lambdaHandler().equals(handler))
                    .findFirst().orElseThrow(() -> new AssertionError(function + ": handler not in the catalogue"));
            assertThat(spec.stack()).as(spec.name()).contains(function.stack());
            assertThat(function.properties().path("MemorySize").asInt()).as(spec.name()).isEqualTo(spec.memoryMb());
            assertThat(function.properties().path("Timeout").asInt()).as(spec.name()).isEqualTo(spec.timeoutSeconds());
            assertThat(function.properties().path("ReservedConcurrentExecutions").asInt()).as(spec.name())
                    .isEqualTo(spec.concurrency());
            synthesised.add(spec.name());
        }

        assertThat(synthesised).containsExactlyInAnyOrderElementsOf(
                CATALOGUE.functions().stream().filter(FunctionSpec::deployed).map(FunctionSpec::name).toList());
    }

    @Test
    void everyFunctionsVariables_areTheCommonOnesAndItsEntrys_namedResasOrByAws() {
        for (Deployed function : resources("AWS::Lambda::Function")) {
            String handler = function.properties().path("Handler").asText();
            if (!handler.startsWith(OURS)) {
                continue;
            }
            FunctionSpec spec = CATALOGUE.functions().stream().filter(f -> f.lambdaHandler().equals(handler))
                    .findFirst().orElseThrow();
            Set<String> variables = new TreeSet<>();
            function.properties().path("Environment").path("Variables").fieldNames().forEachRemaining(variables::add);
            Set<String> own = new TreeSet<>(variables);
            own.removeAll(CATALOGUE.commonEnvironment());

            assertThat(own).as(spec.name()).containsAll(spec.environment());
            Set<String> allowed = new TreeSet<>(spec.environment());
            allowed.addAll(spec.optionalEnvironment());
            assertThat(allowed).as(spec.name()).containsAll(own);
            assertThat(variables).as(spec.name()).allMatch(name -> name.startsWith("RESAS_")
                    || name.startsWith("POWERTOOLS_"));
        }
    }

    @Test
    void everySynthesisedSchedule_isTheCatalogues_andEveryDeployedEntryIsSynthesised() {
        Map<String, Deployed> byLogicalId = new HashMap<>();
        resources("AWS::Scheduler::Schedule").forEach(s -> byLogicalId.put(s.stack() + "/" + s.logicalId(), s));
        List<String> matched = new ArrayList<>();
        for (ScheduleSpec spec : CATALOGUE.schedules()) {
            if (spec.stack().isEmpty()) {
                continue;
            }
            Stack stack = SynthesizedApp.allStacks().filter(s -> s.getNode().getId().equals(spec.stack().get()))
                    .findFirst().orElseThrow(() -> new AssertionError(spec.name() + ": no stack " + spec.stack().get()));
            IConstruct schedule = stack.getNode().findChild(spec.id().orElseThrow());
            String key = spec.stack().get() + "/" + SynthesizedApp.logicalId(schedule);
            Deployed deployed = byLogicalId.get(key);
            assertThat(deployed).as(spec.name()).isNotNull();
            JsonNode properties = deployed.properties();

            assertThat(properties.path("ScheduleExpression").asText()).as(spec.name()).isEqualTo(spec.expression());
            if (spec.cron()) {
                assertThat(properties.path("ScheduleExpressionTimezone").asText()).as(spec.name()).isEqualTo(Catalogue.ZONE);
            }
            assertThat(readTree(properties.at("/Target/Input").asText())).as(spec.name()).isEqualTo(readTree(spec.input()));
            assertThat(properties.at("/Target/RetryPolicy/MaximumRetryAttempts").asInt()).as(spec.name())
                    .isEqualTo(spec.retryAttempts());
            spec.maxEventAge().ifPresent(age -> assertThat(properties.at("/Target/RetryPolicy/MaximumEventAgeInSeconds")
                    .asLong()).as(spec.name()).isEqualTo(age.toSeconds()));
            assertThat(properties.at("/Target/Arn").toString()).as(spec.name()).isEqualTo(JSON.valueToTree(
                    targetArn(stack, spec)).toString());
            matched.add(key);
        }

        assertThat(matched).containsExactlyInAnyOrderElementsOf(byLogicalId.keySet());
    }

    @Test
    void aFunctionGivenAVariableItsEntryDoesNotDeclare_failsSynthesis_namingBoth() {
        FunctionSpec ticketSla = CATALOGUE.function("ticket-sla");
        Set<String> given = new TreeSet<>(CATALOGUE.commonEnvironment());
        given.add("RESAS_SLA_ALERT_TOPIC_ARN");
        given.add("RESAS_SOMETHING_NEW");

        assertThatThrownBy(() -> CatalogueFunctions.checkEnvironment(ticketSla, given))
                .hasMessageContaining("function 'ticket-sla'").hasMessageContaining("field 'environment'")
                .hasMessageContaining("set but not declared: [RESAS_SOMETHING_NEW]");
        given.remove("RESAS_SLA_ALERT_TOPIC_ARN");
        given.remove("RESAS_SOMETHING_NEW");
        assertThatThrownBy(() -> CatalogueFunctions.checkEnvironment(ticketSla, given))
                .hasMessageContaining("declared but not set: [RESAS_SLA_ALERT_TOPIC_ARN]");
    }

    /** What the schedule's target ARN resolves to in the template: the function's live alias, or the state machine. */
    private static Object targetArn(Stack stack, ScheduleSpec spec) {
        if (spec.function().isPresent()) {
            ResasFunction function = (ResasFunction) stack.getNode().findChild(
                    CATALOGUE.function(spec.function().get()).id().orElseThrow());
            return stack.resolve(function.alias().getFunctionArn());
        }
        return stack.resolve(((jp.resas.ops.infra.pipeline.PipelineStack) stack).dataUpdate().getStateMachineArn());
    }

    private static JsonNode readTree(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new AssertionError(text, e);
        }
    }
}
