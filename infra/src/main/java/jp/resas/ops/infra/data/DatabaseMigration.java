package jp.resas.ops.infra.data;

import java.util.List;
import java.util.Map;
import jp.resas.ops.infra.lambda.CatalogueFunctions;
import jp.resas.ops.infra.lambda.FunctionsJar;
import jp.resas.ops.infra.nag.Suppress;
import software.amazon.awscdk.CfnResource;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.ec2.ISecurityGroup;
import software.amazon.awscdk.services.ec2.IVpc;
import software.amazon.awscdk.services.ec2.SubnetSelection;
import software.amazon.awscdk.services.ec2.SubnetType;
import software.amazon.awscdk.services.lambda.Architecture;
import software.amazon.awscdk.services.lambda.LoggingFormat;
import software.amazon.awscdk.services.lambda.Runtime;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.amazon.awscdk.services.rds.DatabaseCluster;
import software.amazon.awscdk.services.secretsmanager.ISecret;
import software.amazon.awscdk.triggers.TriggerFunction;
import software.constructs.Construct;
import software.constructs.IConstruct;

/**
 * {@code db-migrate}: one function with its own role, run by a CDK trigger after the cluster is up and
 * again only when the migration files change: the trigger names the function unversioned and carries
 * {@value #DIGEST_PROPERTY} (a digest of the jar's {@code db/migration/} files), so a code-only change
 * leaves the trigger's properties as they were and CloudFormation does not update (re-run) it. It is part of the data
 * stack, and every application stack depends on that stack, so the schema is migrated before any
 * application function is deployed; a failed migration fails the data stack and nothing after it deploys.
 * It migrates as the cluster's master user and enables the application role ({@code resas_app}).
 */
final class DatabaseMigration extends Construct {

    /** db-migrate's entry in catalogue/functions.json: handler, size and the variable it adds. */
    static final jp.resas.ops.catalogue.FunctionSpec SPEC = CatalogueFunctions.catalogue().function("db-migrate");
    static final String HANDLER = SPEC.lambdaHandler();
    /** The trigger's property that changes with the migrations (the provider ignores properties it does not know). */
    static final String DIGEST_PROPERTY = "MigrationsDigest";

    private final TriggerFunction function;

    DatabaseMigration(Construct scope, String id, FunctionsJar functions, IVpc vpc, DatabaseCluster cluster,
            ISecret applicationSecret, ISecurityGroup clients, String databaseName) {
        super(scope, id);
        LogGroup logs = LogGroup.Builder.create(this, "Logs")
                .retention(RetentionDays.ONE_YEAR)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        Map<String, String> environment = Map.of(
                "RESAS_DB_POOL_SIZE", "2",
                "RESAS_DB_OWNER_SECRET_ARN", cluster.getSecret().getSecretArn(),
                "RESAS_DB_SECRET_ARN", applicationSecret.getSecretArn(),
                "RESAS_DB_HOST", cluster.getClusterEndpoint().getHostname(),
                "RESAS_DB_NAME", databaseName);
        CatalogueFunctions.checkEnvironment(SPEC, environment.keySet());
        this.function = TriggerFunction.Builder.create(this, "Function")
                .description("db-migrate (" + HANDLER + ")")
                .runtime(Runtime.JAVA_21)
                .architecture(Architecture.ARM_64)
                .handler(HANDLER)
                .code(functions.code(CatalogueFunctions.catalogue().assetOf(SPEC)))
                .memorySize(SPEC.memoryMb())
                .timeout(Duration.seconds(SPEC.timeoutSeconds()))
                // One run at a time; Flyway and the role statement hold at most two connections.
                .reservedConcurrentExecutions(SPEC.concurrency())
                .environment(environment)
                .loggingFormat(LoggingFormat.JSON)
                .logGroup(logs)
                .vpc(vpc)
                .vpcSubnets(SubnetSelection.builder().subnetType(SubnetType.PRIVATE_WITH_EGRESS).build())
                .securityGroups(List.of(clients))
                .executeAfter(List.of(cluster))
                .executeOnHandlerChange(true)
                .build();
        // The trigger names the function's current version, which new code replaces: it names $LATEST instead
        // (the triggers provider may invoke "<function ARN>:*"), so new code alone changes none of its
        // properties; the provider runs the handler on Create and on every Update, and an Update happens
        // exactly when the migrations' digest changes.
        CfnResource trigger = (CfnResource) function.getTrigger().getNode().findChild("Default").getNode().getDefaultChild();
        trigger.addPropertyOverride("HandlerArn", function.getFunctionArn() + ":$LATEST");
        trigger.addPropertyOverride(DIGEST_PROPERTY, functions.migrationsDigest());
        cluster.getSecret().grantRead(function);
        applicationSecret.grantRead(function);
        acceptNagFindings();
    }

    private void acceptNagFindings() {
        Suppress.findings(function, "AwsSolutions-IAM4",
                "The AWS-managed Lambda execution policies grant only log writing and VPC network interface "
                        + "management, which a function in a VPC needs.",
                List.of("Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole",
                        "Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole"));
        Suppress.rule(function, "AwsSolutions-L1",
                "java21 is the platform's pinned LTS runtime, as for every other function (ResasFunction).");
        // The trigger's provider: a CDK-managed custom resource Lambda, one per stack.
        IConstruct provider = Stack.of(this).getNode().tryFindChild("AWSCDK.TriggerCustomResourceProviderCustomResourceProvider");
        if (provider != null) {
            Suppress.findings(provider, "AwsSolutions-IAM4", "The CDK triggers provider (a CDK-managed custom resource) "
                    + "uses the AWS-managed basic execution policy: log writing only.",
                    List.of("Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"));
            Suppress.rule(provider, "AwsSolutions-L1", "The CDK triggers provider's runtime is chosen and updated by "
                    + "aws-cdk-lib, not by this app.");
        }
    }

    TriggerFunction function() {
        return function;
    }
}
