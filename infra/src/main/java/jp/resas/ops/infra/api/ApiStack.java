package jp.resas.ops.infra.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.infra.lambda.ResasFunction;
import jp.resas.ops.infra.lambda.ResasFunctionProps;
import jp.resas.ops.infra.nag.Suppress;
import jp.resas.ops.infra.pipeline.PipelineStack;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.aws_apigatewayv2_authorizers.HttpUserPoolAuthorizer;
import software.amazon.awscdk.aws_apigatewayv2_authorizers.HttpUserPoolAuthorizerProps;
import software.amazon.awscdk.aws_apigatewayv2_integrations.HttpLambdaIntegration;
import software.amazon.awscdk.services.apigatewayv2.AddRoutesOptions;
import software.amazon.awscdk.services.apigatewayv2.HttpApi;
import software.amazon.awscdk.services.apigatewayv2.HttpMethod;
import software.amazon.awscdk.services.apigatewayv2.HttpNoneAuthorizer;
import software.amazon.awscdk.services.apigatewayv2.HttpRoute;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.stepfunctions.IStateMachine;
import software.amazon.awscdk.services.stepfunctions.StateMachine;
import software.constructs.Construct;

/**
 * The ops portal's HTTP API: Cognito JWT authorizer on the {@code $default} route (every path),
 * {@code GET /health} open for uptime checks, all served by one Micronaut function, which also starts
 * data-update executions and answers their approval tasks.
 */
public final class ApiStack extends Stack {

    static final String STATE_MACHINE_ENV = "RESAS_PIPELINE_STATE_MACHINE_ARN";

    private final OpsUserPool users;
    private final ResasFunction opsApi;
    private final HttpApi httpApi;
    private final Bucket attachments;
    private final LogGroup accessLogs;

    public ApiStack(Construct scope, String id, ApiStackProps props) {
        super(scope, id, props.stack());
        this.users = new OpsUserPool(this, "Users");

        this.attachments = new AttachmentBucket(this, "Attachments").bucket();
        Map<String, String> environment = new HashMap<>(props.database().environment());
        environment.put("RESAS_JWT_JWKS_URL", users.jwksUrl());
        // Micronaut reads it as resas.attachments.bucket: inquiry attachments go to S3.
        environment.put("RESAS_ATTACHMENTS_BUCKET", attachments.getBucketName());
        // The pipeline stack names its state machine, so its ARN is known here without a cross-stack
        // reference: neither stack waits for the other, and the pipeline can be redeployed on its own.
        IStateMachine dataUpdate = StateMachine.fromStateMachineName(this, "DataUpdate", PipelineStack.STATE_MACHINE_NAME);
        // Micronaut reads it as resas.pipeline.state-machine-arn: runs start and decisions reach Step Functions.
        environment.put(STATE_MACHINE_ENV, dataUpdate.getStateMachineArn());
        this.opsApi = new ResasFunction(this, "OpsApi", ResasFunctionProps.builder()
                .serviceName("ops-api")
                .handler("jp.resas.ops.functions.api.OpsApiHandler::handleRequest")
                .code(props.functions().code())
                // HTTP API integrations time out at 30 s; the function must give up first.
                .timeout(Duration.seconds(29))
                .environment(environment)
                .vpc(props.vpc())
                .securityGroups(List.of(props.database().clientSecurityGroup()))
                .build());
        props.database().grantTo(opsApi.function());
        dataUpdate.grantStartExecution(opsApi.function());
        dataUpdate.grantTaskResponse(opsApi.function());
        // Only what the attachment store does: put an object once, read it back.
        opsApi.function().addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("s3:PutObject", "s3:GetObject"))
                .resources(List.of(attachments.arnForObjects("*")))
                .build());
        Suppress.findings(opsApi.function(), "AwsSolutions-IAM5",
                "Attachment objects are keyed by their SHA-256, unknown in advance; the grant is limited to "
                        + "PutObject/GetObject on the attachment bucket's objects.",
                List.of("Resource::<" + getLogicalId((software.amazon.awscdk.CfnElement) attachments.getNode()
                        .getDefaultChild()) + ".Arn>/*"));

        HttpLambdaIntegration integration = new HttpLambdaIntegration("OpsApiIntegration", opsApi.alias());
        this.httpApi = HttpApi.Builder.create(this, "HttpApi")
                .apiName("resas-ops")
                .description("RESAS Ops portal API")
                .defaultIntegration(integration)
                .defaultAuthorizer(new HttpUserPoolAuthorizer("CognitoJwt", users.userPool(),
                        HttpUserPoolAuthorizerProps.builder().userPoolClients(List.of(users.portalClient())).build()))
                // The stage is defined by ApiStage, with access logs and throttling.
                .createDefaultStage(false)
                .build();
        this.accessLogs = new ApiStage(this, "Stage", httpApi).accessLogs();
        List<HttpRoute> health = httpApi.addRoutes(AddRoutesOptions.builder()
                .path("/health")
                .methods(List.of(HttpMethod.GET))
                .integration(integration)
                .authorizer(new HttpNoneAuthorizer())
                .build());
        health.forEach(route -> Suppress.rule(route, "AwsSolutions-APIG4",
                "GET /health is deliberately public: uptime monitoring calls it without a user; it returns "
                        + "only the service status."));

        CfnOutput.Builder.create(this, "ApiUrl").value(httpApi.getApiEndpoint()).build();
        CfnOutput.Builder.create(this, "UserPoolId").value(users.userPool().getUserPoolId()).build();
        CfnOutput.Builder.create(this, "PortalClientId").value(users.portalClient().getUserPoolClientId()).build();
    }

    /** The HTTP API's access log (JSON lines with status and latency), read by the log collector. */
    public LogGroup accessLogGroup() {
        return accessLogs;
    }

    public Bucket attachmentBucket() {
        return attachments;
    }

    public ResasFunction opsApiFunction() {
        return opsApi;
    }

    public HttpApi httpApi() {
        return httpApi;
    }

    public OpsUserPool users() {
        return users;
    }
}
