package jp.resas.ops.access.infrastructure;

import java.util.List;
import java.util.Optional;
import jp.resas.ops.monitored.MonitoredService;
import jp.resas.ops.monitored.MonitoredSystem;
import jp.resas.ops.monitored.ServiceResources.AccessLogLocation;
import jp.resas.ops.monitored.infrastructure.AccountCredentials;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Whose CloudFront standard logs the access collector reads. RESAS Ops' own distribution when its
 * deployment names one ({@code resas.access.bucket} and {@code resas.access.distribution-id}); otherwise
 * the monitored service of the description with {@code accessLogs} (RESAS's public site), read in its
 * account through the assumed read role, in its region. The access figures hold one site.
 */
public final class AccessLogSources {

    /** The service read, its log location, and the distribution whose files are picked. */
    public record MonitoredLogs(MonitoredService service, AccessLogLocation location, String distributionId) {
    }

    private AccessLogSources() {
    }

    public static Optional<MonitoredLogs> monitored(MonitoredSystem system) {
        List<MonitoredService> withLogs = system.services().stream()
                .filter(s -> s.resources().accessLogs().isPresent() && !s.resources().cloudFrontDistributions().isEmpty())
                .toList();
        if (withLogs.size() > 1) {
            throw new IllegalStateException("access-collector reads one site; services " + withLogs.stream()
                    .map(MonitoredService::id).toList() + " all have accessLogs in the monitored-system description");
        }
        return withLogs.stream().findFirst().map(s -> new MonitoredLogs(s, s.resources().accessLogs().orElseThrow(),
                s.resources().cloudFrontDistributions().get(0)));
    }

    /** S3 with the service account's assumed credentials, in its region. */
    public static S3ClientBuilder s3(MonitoredLogs logs, AccountCredentials credentials) {
        return credentials.configure(S3Client.builder(), logs.service(), Region.of(logs.service().region()));
    }
}
