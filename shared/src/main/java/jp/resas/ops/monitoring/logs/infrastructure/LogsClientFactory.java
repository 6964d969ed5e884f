package jp.resas.ops.monitoring.logs.infrastructure;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import jp.resas.ops.monitored.infrastructure.AccountCredentials;
import jp.resas.ops.monitoring.logs.LogInsights;
import jp.resas.ops.monitoring.logs.LogInsightsSources;
import jp.resas.ops.monitoring.logs.LogTargets;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;

/**
 * The Logs clients (default builder: {@code AWS_ENDPOINT_URL_CLOUDWATCH_LOGS} applies), polling every
 * 2 s for up to 5 minutes: RESAS Ops' own (the function's credentials and region), with the log groups
 * of {@link LogsSettings}; each monitored service's with the role assumed in its
 * account, in its region.
 */
@Factory
class LogsClientFactory {

    @Singleton
    @Requires(missingBeans = LogInsights.class)
    LogInsights logInsights() {
        return new AwsLogInsights(CloudWatchLogsClient.builder().httpClient(UrlConnectionHttpClient.create()).build(),
                duration -> LockSupport.parkNanos(duration.toNanos()), Duration.ofSeconds(2), 150);
    }

    @Singleton
    @Requires(missingBeans = LogInsightsSources.class)
    LogInsightsSources logInsightsSources(AccountCredentials credentials) {
        return service -> new AwsLogInsights(credentials.configure(CloudWatchLogsClient.builder(), service,
                Region.of(service.region())).build(), duration -> LockSupport.parkNanos(duration.toNanos()),
                Duration.ofSeconds(2), 150);
    }

    @Singleton
    LogTargets logTargets(LogsSettings settings) {
        return new LogTargets(settings.errorGroups(), settings.accessLogGroup());
    }
}
