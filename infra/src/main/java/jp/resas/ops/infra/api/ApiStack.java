package jp.resas.ops.infra.api;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.infra.lambda.ResasFunction;
import jp.resas.ops.infra.notification.NotificationsStack;
import jp.resas.ops.infra.lambda.CatalogueFunctions;
import jp.resas.ops.infra.nag.Suppress;
import jp.resas.ops.infra.pipeline.PipelineStack;
import software.amazon.awscdk.CfnOutput;
import software.amazon.awscdk.Duration;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.aws_apigatewayv2_authorizers.HttpUserPoolAuthorizer;
import software.amazon.awscdk.aws_apigatewayv2_authorizers.HttpUserPoolAuthorizerProps;
import software.amazon.awscdk.aws_apigatewayv2_integrations.HttpLambdaIntegration;
import software.amazon.awscdk.services.apigatewayv2.AddRoutesOptions;
import software.amazon.awscdk.services.apigatewayv2.CorsHttpMethod;
import software.amazon.awscdk.services.apigatewayv2.CorsPreflightOptions;
import software.amazon.awscdk.services.apigatewayv2.HttpApi;
import software.amazon.awscdk.services.apigatewayv2.HttpMethod;
import software.amazon.awscdk.services.apigatewayv2.HttpNoneAuthorizer;
import software.amazon.awscdk.services.apigatewayv2.HttpRoute;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.s3.Bucket;
import software.amazon.awscdk.services.stepfunctions.IStateMachine;
import software.amazon.awscdk.services.stepfunctions.StateMachine;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.amazon.awscdk.services.secretsmanager.SecretStringGenerator;
import software.constructs.Construct;

/**
 * The ops portal's HTTP API: Cognito JWT authorizer on the {@code $default} route (every path),
 * {@code GET /health} open for uptime checks (liveness only, no database, throttled on its own), CORS for
 * the portal's origins (API Gateway answers preflights before the authorizer), all served by one Micronaut
 * function, which also starts data-update executions and answers their approval tasks.
 */
public final class ApiStack extends Stack {

    static final String STATE_MACHINE_ENV = "RESAS_PIPELINE_STATE_MACHINE_ARN";
    static final String SWEEP_FUNCTION_ENV = "RESAS_NOTIFICATIONS_SWEEP_FUNCTION";
    /** The rating links' signing secret (Micronaut: resas.rating.secret-arn; LambdaPlatform reads it). */
    static final String RATING_SECRET_ENV = "RESAS_RATING_SECRET_ARN";
    /** Context key (cdk.json or {@code -c}) listing the origins the portal is served from, comma-separated. */
    public static final String PORTAL_ORIGINS_CONTEXT = "resas:portalOrigins";
    /** Used when the context names none: the single-machine runtime's portal. */
    static final String DEFAULT_PORTAL_ORIGIN = "http://localhost:8080";
    static final String CONNECTION_TIMEOUT_ENV = "RESAS_DB_CONNECTION_TIMEOUT_MS";
    static final String RESUME_RETRY_AFTER_ENV = "RESAS_DB_RESUME_RETRY_AFTER_SECONDS";
    static final String PORTAL_COGNITO_DOMAIN_ENV = "RESAS_PORTAL_COGNITO_DOMAIN";
    static final String PORTAL_COGNITO_CLIENT_ID_ENV = "RESAS_PORTAL_COGNITO_CLIENT_ID";
    static final String PORTAL_COGNITO_CALLBACK_URL_ENV = "RESAS_PORTAL_COGNITO_CALLBACK_URL";
    static final String PORTAL_COGNITO_LOGOUT_URL_ENV = "RESAS_PORTAL_COGNITO_LOGOUT_URL";
    /** The portal's pages (and their assets): the browser sends a session cookie, never an Authorization header. */
    static final List<String> PAGE_ROUTES = List.of("/", "/portal", "/portal/{proxy+}", "/webjars/{proxy+}");

    private final OpsUserPool users;
    private final ResasFunction opsApi;
    private final HttpApi httpApi;
    private final Bucket attachments;
    private final Secret ratingLinkSecret;
    private final ResasFunction attachmentRetention;
    private final LogGroup accessLogs;

    public ApiStack(Construct scope, String id, ApiStackProps props) {
        super(scope, id, props.stack());
        List<String> origins = portalOrigins(scope);
        this.users = new OpsUserPool(this, "Users", origins);

        this.attachments = new AttachmentBucket(this, "Attachments").bucket();
        Map<String, String> environment = new HashMap<>(props.database().environment());
        environment.put("RESAS_JWT_JWKS_URL", users.jwksUrl());
        // The portal's managed login (docs/portal.md): the domain, the app client, and the callback and sign-out
        // URLs registered on it under the first portal origin.
        environment.put(PORTAL_COGNITO_DOMAIN_ENV, users.managedLoginUrl());
        environment.put(PORTAL_COGNITO_CLIENT_ID_ENV, users.portalClient().getUserPoolClientId());
        environment.put(PORTAL_COGNITO_CALLBACK_URL_ENV, origins.get(0) + OpsUserPool.CALLBACK_PATH);
        environment.put(PORTAL_COGNITO_LOGOUT_URL_ENV, origins.get(0) + OpsUserPool.SIGNED_OUT_PATH);
        // Aurora pauses when idle and resumes in about 15 s: give up on a connection after 8 s and answer
        // 503 DATABASE_RESUMING with Retry-After, well inside the integration's 30 s.
        environment.put(CONNECTION_TIMEOUT_ENV, "8000");
        environment.put(RESUME_RETRY_AFTER_ENV, "15");
        // Micronaut reads it as resas.attachments.bucket: inquiry attachments go to S3.
        environment.put("RESAS_ATTACHMENTS_BUCKET", attachments.getBucketName());
        // The pipeline stack names its state machine, so its ARN is known here without a cross-stack
        // reference: neither stack waits for the other, and the pipeline can be redeployed on its own.
        IStateMachine dataUpdate = StateMachine.fromStateMachineName(this, "DataUpdate", PipelineStack.STATE_MACHINE_NAME);
        // Micronaut reads it as resas.pipeline.state-machine-arn: runs start and decisions reach Step Functions.
        environment.put(STATE_MACHINE_ENV, dataUpdate.getStateMachineArn());
        // Micronaut reads it as resas.notifications.sweep.function: a severity 1-2 incident raised or re-rated by
        // hand starts the notification sweep once committed, as the alarm intake does for an alarm.
        environment.put(SWEEP_FUNCTION_ENV, NotificationsStack.SWEEP_FUNCTION_NAME + ":" + ResasFunction.ALIAS_NAME);
        // The satisfaction-rating links' signing key (docs/meetings-and-service-level.md): generated here, read by
        // the API through Secrets Manager when a link is made or checked (never at start, so no snapshot holds it).
        this.ratingLinkSecret = Secret.Builder.create(this, "RatingLinkSecret")
                .description("RESAS Ops: HMAC key of the satisfaction-rating links (resas.rating.secret-arn)")
                .generateSecretString(SecretStringGenerator.builder().passwordLength(64).excludePunctuation(true)
                        .includeSpace(false).build())
                .build();
        Suppress.rule(ratingLinkSecret, "AwsSolutions-SMG4", "The rating links' signing key is not rotated on a "
                + "schedule: a rotation would void every rating link already sent (they expire by themselves); an "
                + "administrator rotates it by hand when it may have leaked.");
        environment.put(RATING_SECRET_ENV, ratingLinkSecret.getSecretArn());
        // HTTP API integrations time out at 30 s: the function gives up first (29 s, catalogue/functions.json);
        // a portal of tens of users, 10 instances at once x2 pool connections each.
        this.opsApi = CatalogueFunctions.create(this, "ops-api", props.functions(), props.vpc(),
                List.of(props.database().clientSecurityGroup()), environment);
        props.database().grantTo(opsApi.function());
        ratingLinkSecret.grantRead(opsApi.function());
        dataUpdate.grantStartExecution(opsApi.function());
        dataUpdate.grantTaskResponse(opsApi.function());
        // The sweep's live alias, and that function only (the asynchronous invoke that pages at once).
        opsApi.function().addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("lambda:InvokeFunction"))
                .resources(List.of(NotificationsStack.sweepAliasArn(this)))
                .build());
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

        this.attachmentRetention = AttachmentRetention.create(this, attachments, props.database(), props.vpc(),
                props.functions());

        HttpLambdaIntegration integration = new HttpLambdaIntegration("OpsApiIntegration", opsApi.alias());
        this.httpApi = HttpApi.Builder.create(this, "HttpApi")
                .apiName("resas-ops")
                .description("RESAS Ops portal API")
                .defaultIntegration(integration)
                .defaultAuthorizer(new HttpUserPoolAuthorizer("CognitoJwt", users.userPool(),
                        HttpUserPoolAuthorizerProps.builder().userPoolClients(List.of(users.portalClient())).build()))
                // API Gateway answers preflights itself, so a browser's OPTIONS never meets the JWT authorizer.
                .corsPreflight(CorsPreflightOptions.builder()
                        .allowOrigins(portalOrigins(scope))
                        .allowMethods(List.of(CorsHttpMethod.GET, CorsHttpMethod.POST, CorsHttpMethod.PUT,
                                CorsHttpMethod.PATCH, CorsHttpMethod.DELETE))
                        .allowHeaders(List.of("authorization", "content-type", "if-match"))
                        .exposeHeaders(List.of("retry-after", "etag", "location"))
                        .maxAge(Duration.hours(1))
                        .build())
                // The stage is defined by ApiStage, with access logs and throttling.
                .createDefaultStage(false)
                .build();
        List<HttpRoute> health = httpApi.addRoutes(AddRoutesOptions.builder()
                .path("/health")
                .methods(List.of(HttpMethod.GET))
                .integration(integration)
                .authorizer(new HttpNoneAuthorizer())
                .build());
        health.forEach(route -> Suppress.rule(route, "AwsSolutions-APIG4",
                "GET /health is deliberately public: uptime monitoring calls it without a user; it answers "
                        + "liveness only (no database), under its own route throttle."));
        // The pages are served without the JWT authorizer: the application checks the session cookie (a Cognito
        // access token, verified against the pool's JWKS by the same claims policy as a bearer token) and
        // answers a page without one with how to log in; the API routes ($default) keep the authorizer.
        List<HttpRoute> pages = new java.util.ArrayList<>();
        PAGE_ROUTES.forEach(path -> pages.addAll(httpApi.addRoutes(AddRoutesOptions.builder()
                .path(path)
                .methods(path.startsWith("/portal") ? List.of(HttpMethod.ANY) : List.of(HttpMethod.GET))
                .integration(integration)
                .authorizer(new HttpNoneAuthorizer())
                .build())));
        pages.forEach(route -> Suppress.rule(route, "AwsSolutions-APIG4",
                "The portal's pages are authorised by the application: its session cookie holds a Cognito access "
                        + "token checked against the user pool's JWKS, issuer, client and token_use on every request; "
                        + "a browser navigating to a page sends no Authorization header. The API routes keep the "
                        + "Cognito JWT authorizer."));
        ApiStage stage = new ApiStage(this, "Stage", httpApi);
        // Route settings name the route by key: the route must exist before the stage refers to it.
        health.forEach(route -> stage.getNode().addDependency(route));
        this.accessLogs = stage.accessLogs();

        CfnOutput.Builder.create(this, "ApiUrl").value(httpApi.getApiEndpoint()).build();
        CfnOutput.Builder.create(this, "UserPoolId").value(users.userPool().getUserPoolId()).build();
        CfnOutput.Builder.create(this, "PortalClientId").value(users.portalClient().getUserPoolClientId()).build();
        CfnOutput.Builder.create(this, "ManagedLoginUrl").value(users.managedLoginUrl()).build();
    }

    /** The portal origins from the app context ({@value #PORTAL_ORIGINS_CONTEXT}), else the local portal. */
    static List<String> portalOrigins(Construct scope) {
        Object value = scope.getNode().tryGetContext(PORTAL_ORIGINS_CONTEXT);
        if (value == null) {
            return List.of(DEFAULT_PORTAL_ORIGIN);
        }
        List<String> origins = (value instanceof List<?> list ? list.stream().map(String::valueOf)
                : java.util.Arrays.stream(String.valueOf(value).split(","))).map(String::strip)
                .filter(origin -> !origin.isEmpty()).toList();
        origins.forEach(origin -> {
            if (!origin.matches("https?://[^/\\s*]+")) {
                throw new IllegalArgumentException(PORTAL_ORIGINS_CONTEXT + ": '" + origin
                        + "' is not an origin (scheme://host[:port], no path, no wildcard)");
            }
        });
        if (origins.isEmpty()) {
            throw new IllegalArgumentException(PORTAL_ORIGINS_CONTEXT + " is set but names no origin");
        }
        return origins;
    }

    /** The HTTP API's access log (JSON lines with status and latency), read by the log collector. */
    public LogGroup accessLogGroup() {
        return accessLogs;
    }

    /** {@code attachment-retention}: the daily purge of deleted attachments' objects from {@link #attachmentBucket()}. */
    public ResasFunction attachmentRetentionFunction() {
        return attachmentRetention;
    }

    /** The rating links' generated signing secret, read by the API. */
    public Secret ratingLinkSecret() {
        return ratingLinkSecret;
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
