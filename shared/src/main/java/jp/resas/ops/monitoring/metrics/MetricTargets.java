package jp.resas.ops.monitoring.metrics;

import java.util.List;
import java.util.Optional;

/**
 * What the metrics collector measures: the platform's functions, its HTTP API, the Aurora cluster,
 * its buckets, the RESAS CloudFront distribution and, where one exists, a Route 53 health check.
 */
public record MetricTargets(List<String> functions, Optional<String> apiId, Optional<String> dbCluster,
        List<String> buckets, Optional<String> distributionId, Optional<String> healthCheckId) {

    public MetricTargets {
        functions = List.copyOf(functions);
        buckets = List.copyOf(buckets);
    }
}
