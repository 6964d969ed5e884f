package jp.resas.ops.infra.collectors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.infra.lambda.ResasFunction;
import jp.resas.ops.infra.lambda.CatalogueFunctions;
import jp.resas.ops.infra.lambda.CatalogueSchedules;
import jp.resas.ops.infra.nag.Suppress;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.lambda.EventInvokeConfigOptions;
import software.constructs.Construct;

/**
 * The collectors: each a function with the least AWS permissions it needs, run by EventBridge
 * Scheduler in Japan time with an empty input (= yesterday, or this month for cost).
 */
public final class CollectorsStack extends Stack {

    private final Map<String, ResasFunction> collectors = new HashMap<>();
    private final AccessLogBucket accessLogs;

    public CollectorsStack(Construct scope, String id, CollectorsStackProps props) {
        super(scope, id, props.stack());
        this.accessLogs = new AccessLogBucket(this, "AccessLogs");
        String functionNames = String.join(",", props.watchedFunctions().stream()
                .map(f -> f.function().getFunctionName()).toList());
        String logGroups = String.join(",", props.watchedFunctions().stream()
                .map(f -> f.logGroup().getLogGroupName()).toList());

        ResasFunction cost = collector(props, "cost-collector", Map.of());
        cost.function().addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("ce:GetCostAndUsage", "ce:GetCostForecast")).resources(List.of("*")).build());
        wildcard(cost, "Cost Explorer actions have no resource-level permissions (Resource must be *).", List.of());

        Map<String, String> metricsEnv = new HashMap<>(Map.of("RESAS_METRICS_FUNCTIONS", functionNames,
                "RESAS_METRICS_API_ID", props.apiId(), "RESAS_METRICS_DB_CLUSTER", props.dbClusterIdentifier(),
                "RESAS_METRICS_BUCKETS", accessLogs.bucket().getBucketName()));
        props.distributionId().ifPresent(d -> metricsEnv.put("RESAS_METRICS_DISTRIBUTION_ID", d));
        ResasFunction metrics = collector(props, "metrics-collector", metricsEnv);
        metrics.function().addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("cloudwatch:GetMetricData")).resources(List.of("*")).build());
        wildcard(metrics, "cloudwatch:GetMetricData has no resource-level permissions (Resource must be *).", List.of());

        // Three queries, each polled for up to five minutes.
        ResasFunction logs = collector(props, "log-collector", Map.of("RESAS_LOGS_ERROR_LOG_GROUPS", logGroups,
                        "RESAS_LOGS_API_ACCESS_LOG_GROUP", props.apiAccessLogs().getLogGroupName()));
        List<String> queried = new java.util.ArrayList<>(props.watchedFunctions().stream()
                .map(f -> f.logGroup().getLogGroupArn()).toList());
        queried.add(props.apiAccessLogs().getLogGroupArn());
        logs.function().addToRolePolicy(PolicyStatement.Builder.create().actions(List.of("logs:StartQuery"))
                .resources(queried).build());
        logs.function().addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("logs:GetQueryResults", "logs:StopQuery")).resources(List.of("*")).build());
        wildcard(logs, "logs:StartQuery is limited to the platform's log groups (their ARNs end in :*, the log "
                + "streams); GetQueryResults and StopQuery act on a query id and have no resource-level permissions.",
                LOG_GROUP_ARNS);

        Map<String, String> accessEnv = new HashMap<>(Map.of("RESAS_ACCESS_BUCKET", accessLogs.bucket().getBucketName(),
                "RESAS_ACCESS_PREFIX", AccessLogBucket.PREFIX));
        props.distributionId().ifPresent(d -> accessEnv.put("RESAS_ACCESS_DISTRIBUTION_ID", d));
        ResasFunction access = collector(props, "access-collector", accessEnv);
        access.function().addToRolePolicy(PolicyStatement.Builder.create().actions(List.of("s3:ListBucket"))
                .resources(List.of(accessLogs.bucket().getBucketArn())).build());
        access.function().addToRolePolicy(PolicyStatement.Builder.create().actions(List.of("s3:GetObject"))
                .resources(List.of(accessLogs.bucket().arnForObjects(AccessLogBucket.PREFIX + "*"))).build());
        wildcard(access, "s3:GetObject is limited to the log files under cloudfront/ in the access-log bucket.",
                List.of("Resource::<" + getLogicalId((software.amazon.awscdk.CfnElement) accessLogs.bucket().getNode()
                        .getDefaultChild()) + ".Arn>/" + AccessLogBucket.PREFIX + "*"));

        // Daily in Japan time (catalogue/schedules.json); CloudFront delivers a day's last logs within hours, so
        // by 06:00 JST the JST day (until 15:00 UTC) is in for the access collector.
        Map<String, software.amazon.awscdk.services.lambda.IFunction> targets = new HashMap<>();
        collectors.forEach((name, function) -> targets.put(name, function.alias()));
        CatalogueSchedules.wire(this, targets, Map.of());
    }

    private ResasFunction collector(CollectorsStackProps props, String name, Map<String, String> extraEnv) {
        Map<String, String> env = new HashMap<>(props.database().environment());
        env.putAll(extraEnv);
        ResasFunction function = CatalogueFunctions.create(this, name, props.functions(), props.vpc(),
                List.of(props.database().clientSecurityGroup()), env);
        props.database().grantTo(function.function());
        // A run that fails (the database resuming from its pause, a throttled API) is retried about 1 and
        // 2 minutes later; the next day's run picks up what is still missing.
        function.alias().configureAsyncInvoke(EventInvokeConfigOptions.builder()
                .retryAttempts(2)
                .maxEventAge(Duration.hours(2))
                .build());
        collectors.put(name, function);
        return function;
    }

    /** Log group ARNs (imported from the stacks that own the groups) end in :* (their log streams). */
    private static final List<String> LOG_GROUP_ARNS = List.of("/^Resource::.*:\\*$/");

    /** Accepts {@code Resource::*} and the listed findings only: a new wildcard still fails the synth. */
    private static void wildcard(ResasFunction function, String reason, List<String> moreFindings) {
        List<String> findings = new java.util.ArrayList<>(List.of("Resource::*"));
        findings.addAll(moreFindings);
        Suppress.findings(function.function(), "AwsSolutions-IAM5", reason + " X-Ray's Resource::* likewise.", findings);
    }


    public ResasFunction collector(String name) {
        return collectors.get(name);
    }

    public AccessLogBucket accessLogs() {
        return accessLogs;
    }
}
