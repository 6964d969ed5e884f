package jp.resas.ops.access.infrastructure;

import java.util.List;
import jp.resas.ops.monitored.MonitoredService;
import jp.resas.ops.monitored.MonitoredSystem;
import jp.resas.ops.monitored.ServiceResources.AccessLogLocation;
import jp.resas.ops.monitored.infrastructure.AccountCredentials;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * Whose CloudFront standard logs the access collector reads: every monitored service of the description
 * with a CloudFront distribution and {@code accessLogs} (RESAS's public site, …), each read in its account
 * through the assumed read role, in its region, and stored under its service id; and RESAS Ops' own
 * distribution when its deployment names one ({@code resas.access.bucket} and
 * {@code resas.access.distribution-id}), stored under RESAS Ops' service id. Every distribution of a service
 * logs into its one location; the files of all of them make the service's figures.
 */
public final class AccessLogSources {

    /** The service read, its log location, and the distributions whose files are picked there. */
    public record MonitoredLogs(MonitoredService service, AccessLogLocation location, List<String> distributionIds) {

        public MonitoredLogs {
            distributionIds = List.copyOf(distributionIds);
        }
    }

    private AccessLogSources() {
    }

    public static List<MonitoredLogs> monitored(MonitoredSystem system) {
        return system.services().stream()
                .filter(s -> s.resources().accessLogs().isPresent() && !s.resources().cloudFrontDistributions().isEmpty())
                .map(s -> new MonitoredLogs(s, s.resources().accessLogs().orElseThrow(),
                        s.resources().cloudFrontDistributions()))
                .toList();
    }

    /** S3 with the service account's assumed credentials, in its region. */
    public static S3ClientBuilder s3(MonitoredLogs logs, AccountCredentials credentials) {
        return credentials.configure(S3Client.builder(), logs.service(), Region.of(logs.service().region()));
    }
}
