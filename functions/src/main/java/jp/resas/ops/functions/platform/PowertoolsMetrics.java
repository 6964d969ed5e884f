package jp.resas.ops.functions.platform;

import java.util.Map;
import software.amazon.lambda.powertools.metrics.Metrics;
import software.amazon.lambda.powertools.metrics.MetricsFactory;
import software.amazon.lambda.powertools.metrics.model.MetricUnit;

/** Embedded Metric Format through Powertools; namespace and service from POWERTOOLS_* settings. */
final class PowertoolsMetrics implements HandlerMetrics {

    private static final String DEFAULT_NAMESPACE = "ResasOps";

    @Override
    public void publish(Map<String, Integer> counts) {
        Metrics metrics = MetricsFactory.getMetricsInstance();
        if (System.getenv("POWERTOOLS_METRICS_NAMESPACE") == null) {
            metrics.setNamespace(DEFAULT_NAMESPACE);
        }
        counts.forEach((name, count) -> metrics.addMetric(name, count, MetricUnit.COUNT));
        metrics.flush();
    }
}
