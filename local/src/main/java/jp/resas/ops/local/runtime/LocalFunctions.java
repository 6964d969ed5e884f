package jp.resas.ops.local.runtime;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import io.micronaut.context.ApplicationContext;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import jp.resas.ops.functions.alarm.AlarmIntakeHandler;
import jp.resas.ops.functions.access.AccessCollectorHandler;
import jp.resas.ops.functions.cost.CostCollectorHandler;
import jp.resas.ops.functions.logs.LogCollectorHandler;
import jp.resas.ops.functions.metrics.MetricsCollectorHandler;

/** The Lambda functions that can run in-process, by the names they have in AWS. */
public final class LocalFunctions {

    private final Map<String, Function<ApplicationContext, RequestStreamHandler>> functions = new TreeMap<>(Map.of(
            "alarm-intake", AlarmIntakeHandler::new,
            "cost-collector", CostCollectorHandler::new,
            "metrics-collector", MetricsCollectorHandler::new,
            "log-collector", LogCollectorHandler::new,
            "access-collector", AccessCollectorHandler::new));

    public Set<String> names() {
        return functions.keySet();
    }

    public Optional<RequestStreamHandler> handler(String name, ApplicationContext context) {
        return Optional.ofNullable(functions.get(name)).map(factory -> factory.apply(context));
    }
}
