package jp.resas.ops.access.infrastructure;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import jp.resas.ops.access.AccessLogs;
import jp.resas.ops.monitored.MonitoredSystem;
import jp.resas.ops.monitored.infrastructure.AccountCredentials;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The log bucket ({@link AccessLogSources}): RESAS Ops' own from {@code resas.access.bucket},
 * {@code resas.access.prefix} and {@code resas.access.distribution-id} (env {@code RESAS_ACCESS_BUCKET}, …)
 * when a distribution is named, else the monitored site's through its account's role. The S3 clients are
 * the SDK's default ones, so {@code AWS_ENDPOINT_URL_S3} applies.
 */
@Factory
class AccessClientFactory {

    @Singleton
    @Requires(missingBeans = AccessLogs.class)
    AccessLogs accessLogs(MonitoredSystem system, AccountCredentials credentials,
            @Value("${resas.access.bucket:}") String bucket, @Value("${resas.access.prefix:}") String prefix,
            @Value("${resas.access.distribution-id:}") String distributionId) {
        if (!bucket.isBlank() && !distributionId.isBlank()) {
            return new S3AccessLogs(S3Client.builder().httpClient(UrlConnectionHttpClient.create()).build(), bucket,
                    prefix, distributionId);
        }
        return AccessLogSources.monitored(system).map(logs -> new S3AccessLogs(
                        AccessLogSources.s3(logs, credentials).build(), logs.location().bucket(), logs.location().prefix(),
                        logs.distributionId()))
                .orElseThrow(() -> new IllegalStateException("access-collector needs a service with accessLogs in the "
                        + "monitored-system description, or resas.access.bucket and resas.access.distribution-id "
                        + "(RESAS_ACCESS_BUCKET, RESAS_ACCESS_DISTRIBUTION_ID)"));
    }
}
