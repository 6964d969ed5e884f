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

/**
 * A wildcard suppression (AwsSolutions-IAM5) names the findings it accepts: suppressing the whole rule on a
 * role would let the next, unreviewed wildcard through without a word.
 */
class NagSuppressionScopeTest {

    static Stream<Stack> stacksOfTheApp() {
        return SynthesizedApp.allStacks();
    }

    @ParameterizedTest
    @MethodSource("stacksOfTheApp")
    void everyIam5Suppression_namesTheFindingsItAccepts(Stack stack) {
        List<String> wholeRule = new ArrayList<>();
        Map<?, ?> resources = (Map<?, ?>) template(stack).toJSON().get("Resources");
        resources.forEach((id, resource) -> {
            Map<?, ?> metadata = (Map<?, ?>) ((Map<?, ?>) resource).get("Metadata");
            Map<?, ?> nag = metadata == null ? null : (Map<?, ?>) metadata.get("cdk_nag");
            List<?> rules = nag == null ? List.of() : (List<?>) nag.get("rules_to_suppress");
            rules.stream().map(Map.class::cast)
                    .filter(rule -> "AwsSolutions-IAM5".equals(rule.get("id")))
                    .filter(rule -> rule.get("applies_to") == null || ((List<?>) rule.get("applies_to")).isEmpty())
                    .forEach(rule -> wholeRule.add(id + ": " + rule.get("reason")));
        });

        assertThat(wholeRule).isEmpty();
    }
}
