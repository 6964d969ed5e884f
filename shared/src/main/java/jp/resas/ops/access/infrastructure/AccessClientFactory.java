package jp.resas.ops.access.infrastructure;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import jp.resas.ops.access.AccessSites;
import jp.resas.ops.monitored.MonitoredSystem;
import jp.resas.ops.monitored.infrastructure.AccountCredentials;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The sites ({@link AccessLogSources}): each monitored service with {@code accessLogs} through its account's
 * role, and RESAS Ops' own ({@link AccessSettings}) when a distribution is named, through the platform's S3
 * client. The S3 clients are the SDK's default ones, so {@code AWS_ENDPOINT_URL_S3} applies. No site at all is
 * refused when the collector runs, naming both ways to give one. A bean only where the S3 module is on the class
 * path (the access collector's deployment asset; issue 18).
 */
@Factory
class AccessClientFactory {

    @Singleton
    @Requires(missingBeans = AccessSites.class)
    @Requires(classes = S3Client.class)
    AccessSites accessSites(MonitoredSystem system, AccountCredentials credentials, AccessSettings settings,
            Provider<S3Client> s3) {
        List<AccessSites.Site> sites = new ArrayList<>();
        for (AccessLogSources.MonitoredLogs logs : AccessLogSources.monitored(system)) {
            sites.add(new AccessSites.Site(logs.service().id(), new S3AccessLogs(
                    AccessLogSources.s3(logs, credentials).build(), logs.location().bucket(), logs.location().prefix(),
                    logs.distributionIds())));
        }
        settings.ownDistribution().ifPresent(distribution -> sites.add(new AccessSites.Site(system.opsPlatform().id(),
                new S3AccessLogs(s3.get(), settings.bucket(), settings.prefix(), List.of(distribution)))));
        List<AccessSites.Site> all = List.copyOf(sites);
        return () -> all;
    }
}
