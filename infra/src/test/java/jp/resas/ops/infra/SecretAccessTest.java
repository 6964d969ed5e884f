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
 * A function told about a secret reads it while initialising; with SnapStart that runs when the version
 * is published, so a secret its role may not read fails the deploy. Every {@code *_SECRET_ARN} variable
 * of every function must be granted {@code secretsmanager:GetSecretValue} on its role.
 */
class SecretAccessTest {

    static Stream<Stack> stacksOfTheApp() {
        return SynthesizedApp.allStacks();
    }

    @ParameterizedTest
    @MethodSource("stacksOfTheApp")
    void everySecretAFunctionIsToldAbout_isReadableByItsRole(Stack stack) {
        Template template = template(stack);
        List<String> unreadable = new ArrayList<>();
        template.findResources("AWS::Lambda::Function").forEach((id, function) -> {
            Map<?, ?> properties = (Map<?, ?>) function.get("Properties");
            Object roleArn = properties.get("Role");
            Object roleId = ((List<?>) ((Map<?, ?>) roleArn).get("Fn::GetAtt")).get(0);
            Map<?, ?> environment = (Map<?, ?>) properties.get("Environment");
            Map<?, ?> variables = environment == null ? Map.of() : (Map<?, ?>) environment.get("Variables");
            variables.forEach((name, secret) -> {
                if (!String.valueOf(name).endsWith("_SECRET_ARN")) {
                    return;
                }
                boolean granted = template.findResources("AWS::IAM::Policy", Map.of("Properties", Map.of(
                        "Roles", Match.arrayWith(List.of(Map.of("Ref", roleId)))))).values().stream()
                        .flatMap(policy -> statements(policy).stream())
                        .anyMatch(statement -> "Allow".equals(statement.get("Effect"))
                                && asList(statement.get("Action")).contains("secretsmanager:GetSecretValue")
                                && asList(statement.get("Resource")).contains(secret));
                if (!granted) {
                    unreadable.add(id + " " + name);
                }
            });
        });

        assertThat(unreadable).as("functions told about a secret their role may not read").isEmpty();
    }

    private static List<Map<?, ?>> statements(Map<String, Object> policy) {
        Map<?, ?> document = (Map<?, ?>) ((Map<?, ?>) policy.get("Properties")).get("PolicyDocument");
        return ((List<?>) document.get("Statement")).stream().<Map<?, ?>>map(statement -> (Map<?, ?>) statement).toList();
    }

    /** An IAM statement's Action or Resource: one value, or (minimizePolicies) a list of them. */
    private static List<?> asList(Object value) {
        return value instanceof List<?> list ? list : java.util.Collections.singletonList(value);
    }
}
