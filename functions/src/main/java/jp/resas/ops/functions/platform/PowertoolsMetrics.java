package jp.resas.ops.functions.platform;

import java.util.Map;
import java.util.Optional;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.MetricsFactory;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;

/** Embedded Metric Format through Powertools; the service from POWERTOOLS_SERVICE_NAME (Powertools reads it). */
final class PowertoolsMetrics implements HandlerMetrics {

    private static final String DEFAULT_NAMESPACE = "ResasOps";

    /** Powertools' namespace when configured ({@code POWERTOOLS_METRICS_NAMESPACE}); else ours is set. */
    private final Optional<String> namespace;

    PowertoolsMetrics(Optional<String> namespace) {
        this.namespace = namespace.filter(value -> !value.isBlank());
    }

    @Override
    public void publish(Map<String, Integer> counts) {
        Metrics metrics = MetricsFactory.getMetricsInstance();
        if (namespace.isEmpty()) {
            metrics.setNamespace(DEFAULT_NAMESPACE);
        }
        counts.forEach((name, count) -> metrics.addMetric(name, count, MetricUnit.COUNT));
        metrics.flush();
    }
}
