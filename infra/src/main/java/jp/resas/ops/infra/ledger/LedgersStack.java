package jp.resas.ops.infra.ledger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.infra.lambda.ResasFunction;
import jp.resas.ops.infra.lambda.ResasFunctionProps;
import jp.resas.ops.infra.nag.Suppress;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.TimeZone;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.scheduler.CronOptionsWithTimezone;
import software.amazon.awscdk.services.scheduler.Schedule;
import software.amazon.awscdk.services.scheduler.ScheduleExpression;
import software.amazon.awscdk.services.scheduler.ScheduleTargetInput;
import software.amazon.awscdk.services.scheduler.targets.LambdaInvoke;
import software.amazon.awscdk.services.scheduler.targets.ScheduleTargetBaseProps;
import software.constructs.Construct;

/**
 * 資産管理台帳 kept true by two daily functions in Japan time: {@code asset-discovery} (05:00) reads the
 * account's tagged resources, certificates and domains, with read-only actions and nothing else;
 * {@code ledger-watch} (08:00, before the office opens) raises the expiry tickets and incidents.
 */
public final class LedgersStack extends Stack {

    /** Route 53 Domains and the certificates CloudFront uses live in us-east-1, whatever the home region. */
    static final String GLOBAL_REGION = "us-east-1";

    private final ResasFunction discovery;
    private final ResasFunction watch;

    public LedgersStack(Construct scope, String id, LedgersStackProps props) {
        super(scope, id, props.stack());
        this.discovery = function(props, "AssetDiscovery", "asset-discovery", "AssetDiscoveryHandler",
                Duration.minutes(5), Map.of("RESAS_LEDGER_REGIONS", getRegion() + "," + GLOBAL_REGION));
        discovery.function().addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("tag:GetResources", "acm:ListCertificates", "route53domains:ListDomains"))
                .resources(List.of("*")).build());
        discovery.function().addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("acm:DescribeCertificate"))
                .resources(List.of("arn:" + getPartition() + ":acm:*:" + getAccount() + ":certificate/*")).build());
        Suppress.findings(discovery.function(), "AwsSolutions-IAM5", "tag:GetResources, acm:ListCertificates and "
                + "route53domains:ListDomains have no resource-level permissions (Resource must be *); "
                + "acm:DescribeCertificate is limited to this account's certificates in the regions read. "
                + "X-Ray's Resource::* likewise.",
                List.of("Resource::*", "/^Resource::arn:aws:acm:\\*:.*:certificate\\/\\*$/"));
        this.watch = function(props, "LedgerWatch", "ledger-watch", "LedgerWatchHandler", Duration.minutes(2), Map.of());
        Suppress.findings(watch.function(), "AwsSolutions-IAM5", "X-Ray's Resource::* (the shared function construct).",
                List.of("Resource::*"));
        schedule("AssetDiscoverySchedule", discovery, "0", "5");
        schedule("LedgerWatchSchedule", watch, "0", "8");
    }

    private ResasFunction function(LedgersStackProps props, String id, String name, String handler, Duration timeout,
            Map<String, String> extraEnv) {
        Map<String, String> env = new HashMap<>(props.database().environment());
        env.putAll(extraEnv);
        ResasFunction function = new ResasFunction(this, id, ResasFunctionProps.builder()
                .serviceName(name)
                .handler("jp.resas.ops.functions.ledger." + handler + "::handleRequest")
                .code(props.functions().code())
                .timeout(timeout)
                .environment(env)
                .vpc(props.vpc())
                .securityGroups(List.of(props.database().clientSecurityGroup()))
                .build());
        props.database().grantTo(function.function());
        return function;
    }

    private void schedule(String id, ResasFunction function, String minute, String hour) {
        Schedule.Builder.create(this, id)
                .description(function.function().getFunctionName() + " daily, Japan time")
                .schedule(ScheduleExpression.cron(CronOptionsWithTimezone.builder()
                        .minute(minute).hour(hour).timeZone(TimeZone.ASIA_TOKYO).build()))
                .target(new LambdaInvoke(function.alias(), ScheduleTargetBaseProps.builder()
                        .input(ScheduleTargetInput.fromObject(Map.of()))
                        .retryAttempts(2)
                        .maxEventAge(Duration.hours(2))
                        .build()))
                .build();
    }

    public ResasFunction discovery() {
        return discovery;
    }

    public ResasFunction watch() {
        return watch;
    }
}
