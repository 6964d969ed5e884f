package jp.resas.ops.infra.lambda;

import static jp.resas.ops.infra.testutils.SynthesizedApp.stacks;
import static jp.resas.ops.infra.testutils.SynthesizedApp.template;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** Every platform function, in whichever stack, gets the same runtime settings. */
class ResasFunctionTest {

    private final List<Template> functionStacks = List.of(template(stacks().api()), template(stacks().monitoring()));

    private void everyFunction(Consumer<Template> assertion) {
        functionStacks.forEach(assertion);
    }

    @Test
    void runtime_isJava21OnArm64() {
        everyFunction(t -> t.allResourcesProperties("AWS::Lambda::Function", Map.of(
                "Runtime", "java21",
                "Architectures", List.of("arm64"),
                "MemorySize", 1024)));
    }

    @Test
    void snapStart_isOnForPublishedVersions_andTriggersUseTheLiveAlias() {
        everyFunction(t -> {
            t.allResourcesProperties("AWS::Lambda::Function", Map.of("SnapStart", Map.of("ApplyOn", "PublishedVersions")));
            t.hasResourceProperties("AWS::Lambda::Alias", Map.of("Name", ResasFunction.ALIAS_NAME));
        });
    }

    @Test
    void logs_areJson_inALogGroupKeptOneYear() {
        everyFunction(t -> {
            t.allResourcesProperties("AWS::Lambda::Function", Map.of("LoggingConfig", Match.objectLike(Map.of(
                    "LogFormat", "JSON",
                    "LogGroup", Match.anyValue()))));
            t.hasResourceProperties("AWS::Logs::LogGroup", Map.of("RetentionInDays", 365));
        });
    }

    @Test
    void tracing_isActive() {
        everyFunction(t -> t.allResourcesProperties("AWS::Lambda::Function",
                Map.of("TracingConfig", Map.of("Mode", "Active"))));
    }

    @Test
    void functions_runInTheVpc_withPowertoolsSettings() {
        everyFunction(t -> t.allResourcesProperties("AWS::Lambda::Function", Map.of(
                "VpcConfig", Match.objectLike(Map.of("SubnetIds", Match.anyValue())),
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "POWERTOOLS_METRICS_NAMESPACE", "ResasOps",
                        "POWERTOOLS_LOG_LEVEL", "INFO",
                        "POWERTOOLS_SERVICE_NAME", Match.anyValue()))))));
    }
}
