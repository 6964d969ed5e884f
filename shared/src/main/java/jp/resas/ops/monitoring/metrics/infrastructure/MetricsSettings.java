package jp.resas.ops.monitoring.metrics.infrastructure;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code resas.metrics.*}: RESAS Ops' own resources whose metrics are collected, set by its deployment:
 * {@code resas.metrics.functions}, {@code resas.metrics.api-id}, {@code resas.metrics.db-cluster},
 * {@code resas.metrics.buckets}, {@code resas.metrics.distribution-id}, {@code resas.metrics.health-check-id}
 * (env {@code RESAS_METRICS_FUNCTIONS}, {@code RESAS_METRICS_API_ID}, …); lists are comma-separated, and each
 * is empty when unset.
 */
@ConfigurationProperties("resas.metrics")
public record MetricsSettings(@Nullable String functions, @Nullable String apiId, @Nullable String dbCluster,
        @Nullable String buckets, @Nullable String distributionId, @Nullable String healthCheckId) {

    public List<String> functionNames() {
        return list(functions);
    }

    public Optional<String> api() {
        return optional(apiId);
    }

    public List<String> dbClusters() {
        return list(dbCluster);
    }

    public List<String> bucketNames() {
        return list(buckets);
    }

    public List<String> distributions() {
        return list(distributionId);
    }

    public Optional<String> healthCheck() {
        return optional(healthCheckId);
    }

    static List<String> list(@Nullable String text) {
        return text == null ? List.of()
                : Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    static Optional<String> optional(@Nullable String text) {
        return Optional.ofNullable(text).map(String::trim).filter(s -> !s.isEmpty());
    }
}
