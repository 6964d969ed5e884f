package jp.resas.ops.infra;

import static jp.resas.ops.infra.testutils.SynthesizedApp.template;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.resas.ops.infra.data.DataStack;
import jp.resas.ops.infra.lambda.ResasFunction;
import jp.resas.ops.infra.testutils.SynthesizedApp;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;

/**
 * Without an RDS Proxy, every instance of every database function holds its own pool: the sum of
 * reserved concurrency x pool size over the whole app must stay under the cluster's budget.
 */
class ConnectionBudgetTest {

    private static final Map<String, Object> USES_THE_DATABASE = Map.of("Properties", Map.of("Environment",
            Map.of("Variables", Match.objectLike(Map.of("RESAS_DB_SECRET_ARN", Match.anyValue())))));

    @Test
    void everyDatabaseFunction_hasReservedConcurrency_andAPoolSize() {
        List<String> unbounded = new ArrayList<>();
        SynthesizedApp.allStacks().forEach(stack -> template(stack)
                .findResources("AWS::Lambda::Function", USES_THE_DATABASE).forEach((id, function) -> {
                    Map<?, ?> properties = (Map<?, ?>) function.get("Properties");
                    Map<?, ?> variables = (Map<?, ?>) ((Map<?, ?>) properties.get("Environment")).get("Variables");
                    if (properties.get("ReservedConcurrentExecutions") == null
                            || variables.get(ResasFunction.POOL_SIZE_ENV) == null) {
                        unbounded.add(stack.getStackName() + "/" + id);
                    }
                }));

        assertThat(unbounded).isEmpty();
    }

    @Test
    void concurrencyTimesPoolSize_summedOverTheApp_staysUnderTheConnectionBudget() {
        int connections = SynthesizedApp.allStacks().mapToInt(stack -> template(stack)
                .findResources("AWS::Lambda::Function", USES_THE_DATABASE).values().stream().mapToInt(function -> {
                    Map<?, ?> properties = (Map<?, ?>) function.get("Properties");
                    Map<?, ?> variables = (Map<?, ?>) ((Map<?, ?>) properties.get("Environment")).get("Variables");
                    Object reserved = properties.get("ReservedConcurrentExecutions");
                    Object pool = variables.get(ResasFunction.POOL_SIZE_ENV);
                    // A function without either is reported by the test above; count it as unbounded here too.
                    return reserved == null || pool == null ? DataStack.CONNECTION_BUDGET
                            : ((Number) reserved).intValue() * Integer.parseInt(String.valueOf(pool));
                }).sum()).sum();

        assertThat(connections).isPositive().isLessThan(DataStack.CONNECTION_BUDGET);
    }
}
