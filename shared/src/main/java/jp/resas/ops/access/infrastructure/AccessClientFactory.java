package jp.resas.ops.access.infrastructure;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import jp.resas.ops.access.AccessSites;
import jp.resas.ops.monitored.MonitoredSystem;
import jp.resas.ops.monitored.infrastructure.AccountCredentials;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The sites ({@link AccessLogSources}): each monitored service with {@code accessLogs} through its account's
 * role, and RESAS Ops' own from {@code resas.access.bucket}, {@code resas.access.prefix} and
 * {@code resas.access.distribution-id} (env {@code RESAS_ACCESS_BUCKET}, …) when a distribution is named.
 * The S3 clients are the SDK's default ones, so {@code AWS_ENDPOINT_URL_S3} applies. No site at all is
 * refused when the collector runs, naming both ways to give one.
 */
@Factory
class AccessClientFactory {

    @Singleton
    @Requires(missingBeans = AccessSites.class)
    AccessSites accessSites(MonitoredSystem system, AccountCredentials credentials,
            @Value("${resas.access.bucket:}") String bucket, @Value("${resas.access.prefix:}") String prefix,
            @Value("${resas.access.distribution-id:}") String distributionId) {
        List<AccessSites.Site> sites = new ArrayList<>();
        for (AccessLogSources.MonitoredLogs logs : AccessLogSources.monitored(system)) {
            sites.add(new AccessSites.Site(logs.service().id(), new S3AccessLogs(
                    AccessLogSources.s3(logs, credentials).build(), logs.location().bucket(), logs.location().prefix(),
                    logs.distributionIds())));
        }
        if (!bucket.isBlank() && !distributionId.isBlank()) {
            sites.add(new AccessSites.Site(system.opsPlatform().id(), new S3AccessLogs(S3Client.builder()
                    .httpClient(UrlConnectionHttpClient.create()).build(), bucket, prefix, List.of(distributionId))));
        }
        List<AccessSites.Site> all = List.copyOf(sites);
        return () -> all;
    }
}
