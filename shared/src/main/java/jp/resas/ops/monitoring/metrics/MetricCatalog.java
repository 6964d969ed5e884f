package jp.resas.ops.monitoring.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The daily figures of the monthly report's resource table, and the headroom limits a value is
 * flagged above. Limits are 80% of what the platform is given, so there is time to act:
 * the account's default 1,000 concurrent Lambda executions, the cluster's 8 ACU maximum
 * ({@code DataStack}), 80% CPU. API latency is flagged above 3 s, a user-visible wait.
 */
public final class MetricCatalog {

    public static final int DAY = 86_400;
    public static final double LAMBDA_CONCURRENCY_LIMIT = 800;
    public static final double AURORA_ACU_LIMIT = 6.4;
    public static final double CPU_PERCENT_LIMIT = 80;
    public static final double API_LATENCY_P95_MS_LIMIT = 3_000;
    public static final double CLOUDFRONT_5XX_RATE_LIMIT = 1;

    private final List<MetricQuery> queries = new ArrayList<>();

    private MetricCatalog() {
    }

    public static List<MetricQuery> daily(MetricTargets targets) {
        MetricCatalog catalog = new MetricCatalog();
        for (String function : targets.functions()) {
            Map<String, String> dims = Map.of("FunctionName", function);
            catalog.add("AWS/Lambda", "Invocations", dims, "Sum", function, false, null);
            catalog.add("AWS/Lambda", "Errors", dims, "Sum", function, false, null);
            catalog.add("AWS/Lambda", "Throttles", dims, "Sum", function, false, null);
            catalog.add("AWS/Lambda", "Duration", dims, "p95", function, false, null);
        }
        if (!targets.functions().isEmpty()) {
            catalog.add("AWS/Lambda", "ConcurrentExecutions", Map.of(), "Maximum", "account", false,
                    LAMBDA_CONCURRENCY_LIMIT);
        }
        for (String api : targets.apis()) {
            Map<String, String> dims = Map.of("ApiId", api);
            catalog.add("AWS/ApiGateway", "Count", dims, "Sum", api, false, null);
            catalog.add("AWS/ApiGateway", "4xx", dims, "Sum", api, false, null);
            catalog.add("AWS/ApiGateway", "5xx", dims, "Sum", api, false, null);
            catalog.add("AWS/ApiGateway", "Latency", dims, "p95", api, false, API_LATENCY_P95_MS_LIMIT);
        }
        for (String cluster : targets.dbClusters()) {
            Map<String, String> dims = Map.of("DBClusterIdentifier", cluster);
            catalog.add("AWS/RDS", "ServerlessDatabaseCapacity", dims, "Maximum", cluster, false, AURORA_ACU_LIMIT);
            catalog.add("AWS/RDS", "CPUUtilization", dims, "Maximum", cluster, false, CPU_PERCENT_LIMIT);
            catalog.add("AWS/RDS", "DatabaseConnections", dims, "Maximum", cluster, false, null);
            catalog.add("AWS/RDS", "VolumeBytesUsed", dims, "Maximum", cluster, false, null);
        }
        for (String bucket : targets.buckets()) {
            catalog.add("AWS/S3", "BucketSizeBytes", Map.of("BucketName", bucket, "StorageType", "StandardStorage"),
                    "Average", bucket, false, null);
            catalog.add("AWS/S3", "NumberOfObjects", Map.of("BucketName", bucket, "StorageType", "AllStorageTypes"),
                    "Average", bucket, false, null);
        }
        for (String distribution : targets.distributions()) {
            Map<String, String> dims = Map.of("DistributionId", distribution, "Region", "Global");
            catalog.add("AWS/CloudFront", "Requests", dims, "Sum", distribution, true, null);
            catalog.add("AWS/CloudFront", "4xxErrorRate", dims, "Average", distribution, true, null);
            catalog.add("AWS/CloudFront", "5xxErrorRate", dims, "Average", distribution, true, CLOUDFRONT_5XX_RATE_LIMIT);
        }
        for (String balancer : targets.loadBalancers()) {
            Map<String, String> dims = Map.of("LoadBalancer", balancer);
            catalog.add("AWS/ApplicationELB", "RequestCount", dims, "Sum", balancer, false, null);
            catalog.add("AWS/ApplicationELB", "HTTPCode_Target_5XX_Count", dims, "Sum", balancer, false, null);
            catalog.add("AWS/ApplicationELB", "HTTPCode_ELB_5XX_Count", dims, "Sum", balancer, false, null);
            catalog.add("AWS/ApplicationELB", "TargetResponseTime", dims, "p95", balancer, false, null);
        }
        return List.copyOf(catalog.queries);
    }

    private void add(String namespace, String metric, Map<String, String> dimensions, String stat, String resource,
            boolean global, Double threshold) {
        queries.add(new MetricQuery("q" + queries.size(), namespace, metric, dimensions, stat, DAY, resource, global,
                threshold));
    }
}
