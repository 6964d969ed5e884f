package jp.resas.ops.infra.api;

import java.util.Map;
import software.amazon.awscdk.RemovalPolicy;
import software.amazon.awscdk.services.apigatewayv2.CfnStage;
import software.amazon.awscdk.services.apigateway.AccessLogFormat;
import software.amazon.awscdk.services.apigatewayv2.HttpApi;
import software.amazon.awscdk.services.apigatewayv2.HttpStage;
import software.amazon.awscdk.services.apigatewayv2.IAccessLogSettings;
import software.amazon.awscdk.services.apigatewayv2.IAccessLogDestination;
import software.amazon.awscdk.services.apigatewayv2.LogGroupLogDestination;
import software.amazon.awscdk.services.apigatewayv2.ThrottleSettings;
import software.amazon.awscdk.services.logs.LogGroup;
import software.amazon.awscdk.services.logs.RetentionDays;
import software.constructs.Construct;

/**
 * The API's {@code $default} stage with JSON access logs (who called what, the authorizer's
 * verdict and any integration error: the audit trail and the availability figures read them)
 * and a throttle sized for a portal of tens of users; the open {@code GET /health} route has a much
 * lower one of its own, so nobody can spend the stage's budget on it.
 */
final class ApiStage extends Construct {

    /** HTTP API context variables only; the REST API's standard fields are not all available here. */
    static final String ACCESS_LOG_FORMAT = "{\"requestId\":\"$context.requestId\","
            + "\"ip\":\"$context.identity.sourceIp\",\"requestTime\":\"$context.requestTime\","
            + "\"method\":\"$context.httpMethod\",\"routeKey\":\"$context.routeKey\","
            + "\"path\":\"$context.path\",\"status\":\"$context.status\","
            + "\"protocol\":\"$context.protocol\",\"responseLength\":\"$context.responseLength\","
            + "\"latencyMs\":\"$context.responseLatency\",\"user\":\"$context.authorizer.claims.sub\","
            + "\"authorizerError\":\"$context.authorizer.error\","
            + "\"integrationError\":\"$context.integrationErrorMessage\"}";

    static final String HEALTH_ROUTE = "GET /health";
    static final int HEALTH_RATE_LIMIT = 5;
    static final int HEALTH_BURST_LIMIT = 10;

    private final LogGroup accessLogs;

    ApiStage(Construct scope, String id, HttpApi api) {
        super(scope, id);
        this.accessLogs = LogGroup.Builder.create(this, "AccessLogs")
                .retention(RetentionDays.ONE_YEAR)
                .removalPolicy(RemovalPolicy.RETAIN)
                .build();
        HttpStage stage = HttpStage.Builder.create(this, "Default")
                .httpApi(api)
                .stageName("$default")
                .autoDeploy(true)
                .accessLogSettings(new IAccessLogSettings() {
                    @Override
                    public IAccessLogDestination getDestination() {
                        return new LogGroupLogDestination(accessLogs);
                    }

                    @Override
                    public AccessLogFormat getFormat() {
                        return AccessLogFormat.custom(ACCESS_LOG_FORMAT);
                    }
                })
                .throttle(ThrottleSettings.builder().rateLimit(50).burstLimit(100).build())
                .build();
        // The L2 stage has no per-route settings; the CloudFormation property does.
        ((CfnStage) stage.getNode().getDefaultChild()).addPropertyOverride("RouteSettings", Map.of(HEALTH_ROUTE,
                Map.of("ThrottlingRateLimit", HEALTH_RATE_LIMIT, "ThrottlingBurstLimit", HEALTH_BURST_LIMIT)));
    }

    LogGroup accessLogs() {
        return accessLogs;
    }
}
