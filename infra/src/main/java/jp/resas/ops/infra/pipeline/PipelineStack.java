package jp.resas.ops.infra.pipeline;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.infra.lambda.ResasFunction;
import jp.resas.ops.infra.lambda.CatalogueFunctions;
import jp.resas.ops.infra.lambda.CatalogueSchedules;
import jp.resas.ops.infra.nag.Suppress;
import software.amazon.awscdk.ArnComponents;
import software.amazon.awscdk.ArnFormat;
import software.amazon.awscdk.CfnElement;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.s3.Bucket;
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

    /** Fixed, so the ops API's stack knows the ARN without importing it (see ApiStack). */
    public static final String STATE_MACHINE_NAME = "ResasOps-DataUpdate";
    static final String RAW_BUCKET_ENV = "RESAS_PIPELINE_RAW_BUCKET";
    static final String ESTAT_SECRET_ENV = "RESAS_ESTAT_SECRET_ARN";
    /** The data-update definition's Distributed Map MaxConcurrency (pipeline-process's concurrency in the catalogue). */
    static final int PROCESS_CONCURRENCY = CatalogueFunctions.catalogue().function("pipeline-process").concurrency();
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
        step(props, collectEnvironment, "pipeline-collect");
        // As many as the Distributed Map runs at once (MaxConcurrency in the definition).
        step(props, environment, "pipeline-process");
        step(props, environment, "pipeline-approval");
        step(props, environment, "pipeline-publish");
        step(props, environment, "pipeline-fail");
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
        // The census-population dataset at 9:00 JST on the first Monday of each quarter (catalogue/schedules.json).
        CatalogueSchedules.wire(this, Map.of(), Map.of(STATE_MACHINE_NAME, dataUpdate));
        CfnOutput.Builder.create(this, "RawBucketName").value(buckets.raw().getBucketName()).build();
        CfnOutput.Builder.create(this, "DataUpdateStateMachineArn").value(dataUpdate.getStateMachineArn()).build();
    }

    /** A step function, kept under its definition substitution (catalogue/functions.json). */
    private void step(PipelineStackProps props, Map<String, String> environment, String name) {
        ResasFunction function = CatalogueFunctions.create(this, name, props.functions(), props.vpc(),
                List.of(props.database().clientSecurityGroup()), environment);
        props.database().grantTo(function.function());
        functions.put(CatalogueFunctions.spec(this, name).definitionSubstitution().orElseThrow(() ->
                new IllegalArgumentException("catalogue/functions.json: function '" + name
                        + "': field 'definitionSubstitution' is required for a step of the data-update definition")),
                function);
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
