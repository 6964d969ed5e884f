package jp.resas.ops.infra.pipeline;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.infra.lambda.ResasFunction;
import jp.resas.ops.infra.lambda.ResasFunctionProps;
import jp.resas.ops.infra.nag.Suppress;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.CfnElement;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.TimeZone;
import software.amazon.awscdk.services.scheduler.ContextAttribute;
import software.amazon.awscdk.services.scheduler.Schedule;
import software.amazon.awscdk.services.scheduler.ScheduleExpression;
import software.amazon.awscdk.services.scheduler.ScheduleTargetInput;
import software.amazon.awscdk.services.scheduler.targets.StepFunctionsStartExecution;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.stepfunctions.DefinitionBody;
import software.amazon.awscdk.services.stepfunctions.LogLevel;
import software.amazon.awscdk.services.stepfunctions.LogOptions;
import software.amazon.awscdk.services.stepfunctions.StateMachine;
import software.constructs.Construct;

/**
 * The data pipeline in AWS: Step Functions does the plumbing (Distributed Map over chunks with bounded
 * concurrency and no tolerated failure, retries, the approval task token with a timeout and heartbeat,
 * the manifest written straight to S3); Lambdas hold the business steps only.
 */
public final class PipelineStack extends Stack {

    /** EventBridge Scheduler cron, in Japan time; {@code resas-ops local} runs the same expression. */
    public static final String CENSUS_POPULATION_SCHEDULE = "cron(0 9 ? 1,4,7,10 2#1 *)";

    /** Fixed, so the ops API's stack knows the ARN without importing it (see ApiStack). */
    public static final String STATE_MACHINE_NAME = "ResasOps-DataUpdate";
    static final String RAW_BUCKET_ENV = "RESAS_PIPELINE_RAW_BUCKET";
    static final String ESTAT_SECRET_ENV = "RESAS_ESTAT_SECRET_ARN";
    /** The data-update definition's Distributed Map MaxConcurrency. */
    static final int PROCESS_CONCURRENCY = 4;
    /** Step Functions' vended-logs delivery needs a resource policy on the group; under this prefix it has room. */
    static final String LOG_GROUP_PREFIX = "/aws/vendedlogs/states/";

    private final PipelineBuckets buckets;
    private final Secret estatAppId;
    private final Map<String, ResasFunction> functions = new LinkedHashMap<>();
    private final StateMachine dataUpdate;

    public PipelineStack(Construct scope, String id, PipelineStackProps props) {
        super(scope, id, props.stack());
        this.buckets = new PipelineBuckets(this, "Buckets");
        this.estatAppId = Secret.Builder.create(this, "EstatAppId")
                .description("e-Stat API appId of RESAS Ops (replace the generated value with the registered appId)")
                .build();
        Suppress.rule(estatAppId, "AwsSolutions-SMG4", "The e-Stat appId is issued by e-Stat to a registered user; "
                + "it cannot be rotated by a Lambda, only re-issued by hand.");

        Map<String, String> environment = new HashMap<>(props.database().environment());
        environment.put(RAW_BUCKET_ENV, buckets.raw().getBucketName());
        // Only collect calls e-Stat: only collect is told about (and may read) the appId secret. A function
        // told about a secret it may not read fails its SnapStart initialisation and rolls the stack back.
        Map<String, String> collectEnvironment = new HashMap<>(environment);
        collectEnvironment.put(ESTAT_SECRET_ENV, estatAppId.getSecretArn());
        step(props, collectEnvironment, "CollectFunction", "PipelineCollect", "pipeline-collect", "CollectHandler", 900, 2048, 1);
        // As many as the Distributed Map runs at once (MaxConcurrency in the definition).
        step(props, environment, "ProcessFunction", "PipelineProcess", "pipeline-process", "ProcessHandler", 900, 3008,
                PROCESS_CONCURRENCY);
        step(props, environment, "ApprovalFunction", "PipelineApproval", "pipeline-approval", "ApprovalHandler", 30, 1024, 1);
        step(props, environment, "PublishFunction", "PipelinePublish", "pipeline-publish", "PublishHandler", 300, 1024, 1);
        step(props, environment, "FailFunction", "PipelineFail", "pipeline-fail", "FailHandler", 60, 1024, 1);
        buckets.raw().grantRead(functions.get("CollectFunction").function());
        buckets.raw().grantPut(functions.get("CollectFunction").function());
        buckets.raw().grantRead(functions.get("ProcessFunction").function());
        estatAppId.grantRead(functions.get("CollectFunction").function());
        String rawObjects = "Resource::<" + getLogicalId((CfnElement) buckets.raw().getNode().getDefaultChild()) + ".Arn>/*";
        for (String step : List.of("CollectFunction", "ProcessFunction")) {
            Suppress.findings(functions.get(step).function(), "AwsSolutions-IAM5", "Reading (and, for collect, writing) "
                    + "raw objects: any key of the raw bucket, with the S3 read/put action families CDK grants.",
                    List.of("Action::s3:GetObject*", "Action::s3:GetBucket*", "Action::s3:List*", "Action::s3:Abort*", rawObjects));
        }

        this.dataUpdate = stateMachine(props);
        Schedule.Builder.create(this, "CensusPopulationSchedule")
                .description("Collects the e-Stat population dataset at 9:00 JST on the first Monday of each quarter")
                .schedule(ScheduleExpression.expression(CENSUS_POPULATION_SCHEDULE, TimeZone.ASIA_TOKYO))
                .target(StepFunctionsStartExecution.Builder.create(dataUpdate)
                        .input(ScheduleTargetInput.fromText(scheduledInput("census-population")))
                        .retryAttempts(2)
                        .build())
                .build();
        CfnOutput.Builder.create(this, "RawBucketName").value(buckets.raw().getBucketName()).build();
        CfnOutput.Builder.create(this, "DataUpdateStateMachineArn").value(dataUpdate.getStateMachineArn()).build();
    }

    private void step(PipelineStackProps props, Map<String, String> environment, String substitution, String id,
            String service, String handler, int timeoutSeconds, int memoryMb, int concurrency) {
        ResasFunction function = new ResasFunction(this, id, ResasFunctionProps.builder()
                .serviceName(service)
                .handler("jp.resas.ops.functions.pipeline." + handler + "::handleRequest")
                .code(props.functions().code())
                .timeout(Duration.seconds(timeoutSeconds))
                .memoryMb(memoryMb)
                .reservedConcurrency(concurrency)
                .environment(environment)
                .vpc(props.vpc())
                .securityGroups(List.of(props.database().clientSecurityGroup()))
                .build());
        props.database().grantTo(function.function());
        functions.put(substitution, function);
    }

    private StateMachine stateMachine(PipelineStackProps props) {
        Map<String, String> substitutions = new HashMap<>();
        functions.forEach((name, function) -> substitutions.put(name, function.alias().getFunctionArn()));
        substitutions.put("StagingBucket", buckets.staging().getBucketName());
        LogGroup logs = LogGroup.Builder.create(this, "DataUpdateLogs")
                .logGroupName(LOG_GROUP_PREFIX + STATE_MACHINE_NAME)
                .retention(RetentionDays.ONE_YEAR)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        StateMachine machine = StateMachine.Builder.create(this, "DataUpdate")
                .stateMachineName(STATE_MACHINE_NAME)
                .definitionBody(DefinitionBody.fromString(DataUpdateDefinition.read(props.functions())))
                .definitionSubstitutions(substitutions)
                .tracingEnabled(true)
                .logs(LogOptions.builder().destination(logs).level(LogLevel.ALL).includeExecutionData(false).build())
                .build();
        functions.values().forEach(function -> function.alias().grantInvoke(machine));
        buckets.staging().grantPut(machine, "manifests/*");
        // The Distributed Map runs its items as child executions of this state machine.
        String self = formatArn(ArnComponents.builder().service("states").resource("stateMachine")
                .resourceName(STATE_MACHINE_NAME).arnFormat(ArnFormat.COLON_RESOURCE_NAME).build());
        String executions = formatArn(ArnComponents.builder().service("states").resource("execution")
                .resourceName(STATE_MACHINE_NAME + ":*").arnFormat(ArnFormat.COLON_RESOURCE_NAME).build());
        machine.addToRolePolicy(PolicyStatement.Builder.create().actions(List.of("states:StartExecution"))
                .resources(List.of(self)).build());
        machine.addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("states:DescribeExecution", "states:StopExecution")).resources(List.of(executions)).build());
        String manifests = "Resource::<" + getLogicalId((CfnElement) buckets.staging().getNode().getDefaultChild())
                + ".Arn>/manifests/*";
        Suppress.findings(machine, "AwsSolutions-IAM5", "The Distributed Map's child executions have generated names "
                + "(execution:<machine>:*); a run's manifest is written under manifests/ with a per-run key; X-Ray and "
                + "CloudWatch Logs delivery actions have no resource-level permissions (Resource::*).",
                List.of("Action::s3:Abort*", manifests, "Resource::*", "/^Resource::arn:[^:]+:states:[^:]+:<AWS::AccountId>:execution:"
                        + STATE_MACHINE_NAME + ":\\*$/"));
        return machine;
    }

    /**
     * Written out as text, every field present: an object input would lose its null fields on the way
     * into the template, and the definition reads them (it also tolerates their absence, see its Defaults).
     * The planned time names the run: a second delivery of the same planned time finds its run and stops.
     */
    static String scheduledInput(String dataset) {
        if (!dataset.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("dataset id must be [a-z0-9-]+, was " + dataset);
        }
        return "{\"runId\":null,\"dataset\":\"" + dataset + "\",\"roundId\":null,\"inboxKey\":null,"
                + "\"startedBy\":\"scheduler\",\"scheduledTime\":\"" + ContextAttribute.getScheduledTime() + "\"}";
    }

    public Bucket rawBucket() {
        return buckets.raw();
    }

    public Bucket stagingBucket() {
        return buckets.staging();
    }

    public StateMachine dataUpdate() {
        return dataUpdate;
    }

    public ResasFunction function(String substitution) {
        return functions.get(substitution);
    }

    public Secret estatAppId() {
        return estatAppId;
    }
}
