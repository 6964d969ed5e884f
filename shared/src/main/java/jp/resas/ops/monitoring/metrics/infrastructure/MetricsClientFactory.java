package jp.resas.ops.monitoring.metrics.infrastructure;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
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
 * assumed in its account, in its region. RESAS Ops' own resources come from {@link MetricsSettings}.
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
    MetricTargets metricTargets(MetricsSettings settings) {
        Optional<AvailabilityMeasure> availability = settings.api().map(api -> new AvailabilityMeasure(99.5,
                AvailabilityMeasure.Rule.API_5XX_SHARE, api, 5, settings.healthCheck()));
        return new MetricTargets(settings.functionNames(), MetricsSettings.list(settings.apiId()), settings.dbClusters(),
                settings.bucketNames(), settings.distributions(), List.of(), availability);
    }
}
