package jp.resas.ops.infra.lambda;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.infra.nag.Suppress;
import software.amazon.awscdk.Annotations;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.lambda.Alias;
import software.amazon.awscdk.services.lambda.ApplicationLogLevel;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.LoggingFormat;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.lambda.SnapStartConf;
import software.amazon.awscdk.services.lambda.SystemLogLevel;
import software.amazon.awscdk.services.lambda.Tracing;
import software.amazon.awscdk.services.logs.LogGroup;
import software.constructs.Construct;

/**
 * A RESAS Ops Lambda: java21 on arm64 (Graviton: about 20% cheaper per GB-second than x86_64 and
 * our jar is pure Java), JSON logs with a retention, X-Ray tracing, private subnets, and SnapStart
 * on published versions. Callers invoke {@link #alias()} ({@code live}), never {@code $LATEST},
 * because SnapStart only applies to published versions.
 */
public final class ResasFunction extends Construct {

    /** CloudWatch namespace of every Powertools metric the platform emits. */
    public static final String METRICS_NAMESPACE = "ResasOps";
    public static final String ALIAS_NAME = "live";
    /** The JDBC pool size each instance uses; read by the functions' platform (LambdaPlatform). */
    public static final String POOL_SIZE_ENV = "RESAS_DB_POOL_SIZE";

    private final Function function;
    private final Alias alias;
    private final LogGroup logGroup;

    public ResasFunction(Construct scope, String id, ResasFunctionProps props) {
        super(scope, id);
        // An explicit log group (rather than the deprecated logRetention custom resource) keeps
        // the retention in the template and adds no helper Lambda.
        this.logGroup = LogGroup.Builder.create(this, "Logs")
                .retention(props.logRetention())
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        this.function = Function.Builder.create(this, "Function")
                .description(props.serviceName() + " (" + props.handler() + ")")
                .runtime(Runtime.JAVA_21)
                .architecture(Architecture.ARM_64)
                .handler(props.handler())
                .code(props.code())
                .memorySize(props.memoryMb())
                .timeout(props.timeout())
                // No RDS Proxy: concurrency x pool size is the connection bound (DataStack.CONNECTION_BUDGET).
                .reservedConcurrentExecutions(props.reservedConcurrency())
                .environment(environment(props))
                .tracing(Tracing.ACTIVE)
                .loggingFormat(LoggingFormat.JSON)
                .applicationLogLevelV2(ApplicationLogLevel.INFO)
                .systemLogLevelV2(SystemLogLevel.WARN)
                .logGroup(logGroup)
                .snapStart(SnapStartConf.ON_PUBLISHED_VERSIONS)
                .vpc(props.vpc())
                .vpcSubnets(SubnetSelection.builder().subnetType(SubnetType.PRIVATE_WITH_EGRESS).build())
                .securityGroups(props.securityGroups())
                .build();
        this.alias = Alias.Builder.create(this, "Alias")
                .aliasName(ALIAS_NAME)
                .version(function.getCurrentVersion())
                .build();
        // The alias above publishes a version on every code or configuration change.
        Annotations.of(function).acknowledgeWarning("@aws-cdk/aws-lambda:snapStartRequirePublish",
                "Every function is invoked through the live alias of its current published version.");
        acceptNagFindings();
    }

    /** Every variable the function is given: the construct's own and {@code props}' ones. */
    static Map<String, String> environment(ResasFunctionProps props) {
        Map<String, String> env = new HashMap<>();
        env.put("POWERTOOLS_SERVICE_NAME", props.serviceName());
        env.put("POWERTOOLS_METRICS_NAMESPACE", METRICS_NAMESPACE);
        env.put("POWERTOOLS_LOG_LEVEL", "INFO");
        env.put(POOL_SIZE_ENV, Integer.toString(props.poolSize()));
        env.putAll(props.environment());
        return env;
    }

    private void acceptNagFindings() {
        Suppress.findings(this, "AwsSolutions-IAM4",
                "The AWS-managed Lambda execution policies grant only log writing and VPC network "
                        + "interface management, which every function in a VPC needs; a copy would drift from AWS's.",
                List.of("Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
                        "Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole"));
        Suppress.findings(this, "AwsSolutions-IAM5",
                "X-Ray PutTraceSegments/PutTelemetryRecords do not support resource-level permissions.",
                List.of("Resource::*"));
        Suppress.rule(this.function, "AwsSolutions-L1",
                "java21 is the platform's pinned LTS runtime (handlers, Micronaut and Powertools are built "
                        + "and tested for it); moving to java25 is a planned upgrade, not a drift.");
    }

    public Function function() {
        return function;
    }

    /** The published-version alias that every trigger and integration must target. */
    public Alias alias() {
        return alias;
    }

    public LogGroup logGroup() {
        return logGroup;
    }
}
