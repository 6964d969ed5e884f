package jp.resas.ops.monitored;

import java.util.List;
import java.util.Optional;

/**
 * The AWS resources of a service, by the identifiers CloudWatch uses as dimensions.
 *
 * @param cloudFrontDistributions distribution ids ("E2EXAMPLE")
 * @param httpApis                API Gateway HTTP API ids
 * @param loadBalancers           ALB dimension values ("app/resas-web/0123456789abcdef")
 * @param functions               Lambda function names
 * @param dbClusters              Aurora cluster identifiers
 * @param buckets                 S3 bucket names
 * @param logGroups               CloudWatch Logs groups searched for errors
 * @param healthChecks            Route 53 health check ids
 * @param accessLogs              where CloudFront writes its standard logs, when it does
 */
public record ServiceResources(List<String> cloudFrontDistributions, List<String> httpApis,
        List<String> loadBalancers, List<String> functions, List<String> dbClusters, List<String> buckets,
        List<String> logGroups, List<String> healthChecks, Optional<AccessLogLocation> accessLogs) {

    public ServiceResources {
        cloudFrontDistributions = List.copyOf(cloudFrontDistributions);
        httpApis = List.copyOf(httpApis);
        loadBalancers = List.copyOf(loadBalancers);
        functions = List.copyOf(functions);
        dbClusters = List.copyOf(dbClusters);
        buckets = List.copyOf(buckets);
        logGroups = List.copyOf(logGroups);
        healthChecks = List.copyOf(healthChecks);
    }

    /** The bucket and prefix of a distribution's standard (access) logs. */
    public record AccessLogLocation(String bucket, String prefix) {
    }
}
