package jp.resas.ops.monitoring.metrics.infrastructure;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import jp.resas.ops.monitored.AvailabilityMeasure;
import jp.resas.ops.monitored.infrastructure.AccountCredentials;
import jp.resas.ops.monitoring.metrics.MetricSource;
import jp.resas.ops.monitoring.metrics.MetricSources;
import jp.resas.ops.monitoring.metrics.MetricTargets;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;

/**
 * The CloudWatch clients, built the SDK's default way so {@code AWS_ENDPOINT_URL} /
 * {@code AWS_ENDPOINT_URL_CLOUDWATCH} apply: RESAS Ops' own (the function's region, and us-east-1
 * for global metrics) with the function's credentials; each monitored service's with the role
 * assumed in its account, in its region. RESAS Ops' own resources come from {@code resas.metrics.*}
 * (env {@code RESAS_METRICS_FUNCTIONS}, {@code _API_ID}, {@code _DB_CLUSTER}, {@code _BUCKETS},
 * {@code _DISTRIBUTION_ID}, {@code _HEALTH_CHECK_ID}), set by its deployment.
 */
@Factory
class MetricsClientFactory {

    @Singleton
    @Requires(missingBeans = MetricSource.class)
    MetricSource metricSource() {
        return new AwsMetricSource(
                CloudWatchClient.builder().httpClient(UrlConnectionHttpClient.create()).build(),
                CloudWatchClient.builder().region(Region.US_EAST_1).httpClient(UrlConnectionHttpClient.create()).build());
    }

    @Singleton
    @Requires(missingBeans = MetricSources.class)
    MetricSources metricSources(AccountCredentials credentials) {
        return service -> new AwsMetricSource(
                credentials.configure(CloudWatchClient.builder(), service, Region.of(service.region())).build(),
                credentials.configure(CloudWatchClient.builder(), service, Region.US_EAST_1).build());
    }

    @Singleton
    MetricTargets metricTargets(@Value("${resas.metrics.functions:}") String functions,
            @Value("${resas.metrics.api-id:}") String apiId, @Value("${resas.metrics.db-cluster:}") String dbCluster,
            @Value("${resas.metrics.buckets:}") String buckets,
            @Value("${resas.metrics.distribution-id:}") String distributionId,
            @Value("${resas.metrics.health-check-id:}") String healthCheckId) {
        Optional<AvailabilityMeasure> availability = optional(apiId).map(api -> new AvailabilityMeasure(99.5,
                AvailabilityMeasure.Rule.API_5XX_SHARE, api, 5, optional(healthCheckId)));
        return new MetricTargets(list(functions), list(apiId), list(dbCluster), list(buckets), list(distributionId),
                List.of(), availability);
    }

    private static List<String> list(String text) {
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static Optional<String> optional(String text) {
        return Optional.of(text.trim()).filter(s -> !s.isEmpty());
    }
}
