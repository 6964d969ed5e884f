package jp.resas.ops.infra.api;

import static jp.resas.ops.infra.testutils.SynthesizedApp.logicalId;
import static jp.resas.ops.infra.testutils.SynthesizedApp.stacks;
import static jp.resas.ops.infra.testutils.SynthesizedApp.template;
import static org.assertj.core.api.Assertions.assertThat;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import jp.resas.ops.infra.pipeline.PipelineStack;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.App;
import software.amazon.awscdk.AppProps;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class ApiStackTest {

    private final ApiStack stack = stacks().api();
    private final Template api = template(stack);

    @Test
    void userPool_hasTheFourRoleGroups() {
        api.resourceCountIs("AWS::Cognito::UserPoolGroup", 4);
        List.of("operator", "approver", "viewer", "admin").forEach(group ->
                api.hasResourceProperties("AWS::Cognito::UserPoolGroup", Map.of("GroupName", group)));
    }

    @Test
    void userPool_isAdminProvisioned_withMfaAndThreatProtection() {
        api.hasResourceProperties("AWS::Cognito::UserPool", Map.of(
                "AdminCreateUserConfig", Map.of("AllowAdminCreateUserOnly", true),
                "MfaConfiguration", "ON",
                "UserPoolAddOns", Map.of("AdvancedSecurityMode", "ENFORCED")));
    }

    @Test
    void defaultRoute_requiresTheCognitoJwtAuthorizer() {
        Map<String, Map<String, Object>> authorizers = api.findResources("AWS::ApiGatewayV2::Authorizer",
                Map.of("Properties", Match.objectLike(Map.of(
                        "AuthorizerType", "JWT",
                        "JwtConfiguration", Match.objectLike(Map.of("Issuer", Map.of("Fn::Join", List.of("",
                                List.of("https://cognito-idp.ap-northeast-1.amazonaws.com/",
                                        Map.of("Ref", logicalId(stack.users().userPool())))))))))));
        assertThat(authorizers).hasSize(1);
        api.hasResourceProperties("AWS::ApiGatewayV2::Route", Map.of(
                "RouteKey", "$default",
                "AuthorizationType", "JWT",
                "AuthorizerId", Map.of("Ref", authorizers.keySet().iterator().next())));
    }

    @Test
    void managedLogin_isVersion2_onAPrefixDomain_withCognitosBrandingForThePortalClient() {
        api.hasResourceProperties("AWS::Cognito::UserPoolDomain", Match.objectLike(Map.of(
                "ManagedLoginVersion", 2,
                "UserPoolId", Map.of("Ref", logicalId(stack.users().userPool())))));
        api.hasResourceProperties("AWS::Cognito::ManagedLoginBranding", Map.of(
                "UserPoolId", Map.of("Ref", logicalId(stack.users().userPool())),
                "ClientId", Map.of("Ref", logicalId(stack.users().portalClient())),
                "UseCognitoProvidedValues", true));
    }

    @Test
    void portalClient_isAPublicCodeGrantClient_withThePortalsCallbackAndSignOutUrls() {
        api.hasResourceProperties("AWS::Cognito::UserPoolClient", Match.objectLike(Map.of(
                "GenerateSecret", false,
                "AllowedOAuthFlowsUserPoolClient", true,
                "AllowedOAuthFlows", List.of("code"),
                "AllowedOAuthScopes", Match.arrayEquals(List.of("openid", "email")),
                "CallbackURLs", List.of(ApiStack.DEFAULT_PORTAL_ORIGIN + "/portal/callback"),
                "LogoutURLs", List.of(ApiStack.DEFAULT_PORTAL_ORIGIN + "/portal/"),
                "SupportedIdentityProviders", List.of("COGNITO"))));
        Map<String, Map<String, Object>> implicit = api.findResources("AWS::Cognito::UserPoolClient",
                Map.of("Properties", Match.objectLike(Map.of("AllowedOAuthFlows", Match.arrayWith(List.of("implicit"))))));
        assertThat(implicit).isEmpty();
    }

    @Test
    void opsApi_isToldTheManagedLogin_itsClient_andThePortalsUrls() {
        api.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Handler", "jp.resas.ops.functions.api.OpsApiHandler::handleRequest",
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        ApiStack.PORTAL_COGNITO_DOMAIN_ENV, Map.of("Fn::Join", List.of("", List.of("https://",
                                Map.of("Ref", logicalId(stack.users().domain())),
                                ".auth.ap-northeast-1.amazoncognito.com"))),
                        ApiStack.PORTAL_COGNITO_CLIENT_ID_ENV, Map.of("Ref", logicalId(stack.users().portalClient())),
                        ApiStack.PORTAL_COGNITO_CALLBACK_URL_ENV, ApiStack.DEFAULT_PORTAL_ORIGIN + "/portal/callback",
                        ApiStack.PORTAL_COGNITO_LOGOUT_URL_ENV, ApiStack.DEFAULT_PORTAL_ORIGIN + "/portal/"))))));
    }

    @Test
    void pageRoutes_areServedWithoutTheJwtAuthorizer_whileTheApiKeepsIt() {
        for (String key : List.of("GET /", "ANY /portal", "ANY /portal/{proxy+}", "GET /webjars/{proxy+}")) {
            api.hasResourceProperties("AWS::ApiGatewayV2::Route", Map.of("RouteKey", key, "AuthorizationType", "NONE"));
        }
        assertThat(api.findResources("AWS::ApiGatewayV2::Route", Map.of("Properties", Match.objectLike(Map.of(
                "AuthorizationType", "NONE"))))).hasSize(5);
        api.hasResourceProperties("AWS::ApiGatewayV2::Route", Map.of("RouteKey", "$default",
                "AuthorizationType", "JWT", "AuthorizerId", Match.anyValue()));
    }

    @Test
    void healthRoute_isOpen() {
        api.hasResourceProperties("AWS::ApiGatewayV2::Route", Map.of(
                "RouteKey", "GET /health",
                "AuthorizationType", "NONE"));
    }

    @Test
    void integration_invokesTheLiveAliasWithPayloadV2() {
        api.hasResourceProperties("AWS::ApiGatewayV2::Integration", Map.of(
                "IntegrationType", "AWS_PROXY",
                "PayloadFormatVersion", "2.0",
                "IntegrationUri", Map.of("Ref", logicalId(stack.opsApiFunction().alias()))));
    }

    @Test
    void defaultStage_writesJsonAccessLogs() {
        api.hasResourceProperties("AWS::ApiGatewayV2::Stage", Map.of(
                "StageName", "$default",
                "AutoDeploy", true,
                "AccessLogSettings", Map.of(
                        "DestinationArn", Match.anyValue(),
                        "Format", Match.stringLikeRegexp(".*\\$context.requestId.*"))));
    }

    @Test
    void opsApiFunction_runsTheApiHandler_withDatabaseAndJwksSettings() {
        api.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "Handler", "jp.resas.ops.functions.api.OpsApiHandler::handleRequest",
                "Timeout", 29,
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "RESAS_DB_SECRET_ARN", Match.anyValue(),
                        "RESAS_DB_HOST", Match.anyValue(),
                        "RESAS_DB_NAME", "resas_ops",
                        "POWERTOOLS_SERVICE_NAME", "ops-api",
                        "RESAS_JWT_JWKS_URL", Map.of("Fn::Join", List.of("", List.of(
                                "https://cognito-idp.ap-northeast-1.amazonaws.com/",
                                Map.of("Ref", logicalId(stack.users().userPool())),
                                "/.well-known/jwks.json"))))))));
    }

    /** A severity 1-2 incident raised by hand pages at once: the API may start the sweep's live alias, nothing else. */
    @Test
    void opsApi_startsTheNotificationSweep_throughItsLiveAliasOnly() {
        api.hasResourceProperties("AWS::Lambda::Function", Map.of(
                "Handler", "jp.resas.ops.functions.api.OpsApiHandler::handleRequest",
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "RESAS_NOTIFICATIONS_SWEEP_FUNCTION", "resas-ops-incident-notify:live")))));
        api.hasResourceProperties("AWS::IAM::Policy", Map.of("PolicyDocument", Match.objectLike(Map.of(
                "Statement", Match.arrayWith(List.of(Map.of("Action", "lambda:InvokeFunction", "Effect", "Allow",
                        "Resource", Map.of("Fn::Join", List.of("", List.of("arn:aws:lambda:ap-northeast-1:",
                                Map.of("Ref", "AWS::AccountId"), ":function:resas-ops-incident-notify:live"))))))))));
    }

    /** The rating links are signed with a generated key the API alone may read; without it no link is offered. */
    @Test
    void opsApi_signsRatingLinks_withAGeneratedSecretOnlyItReads() {
        api.hasResourceProperties("AWS::SecretsManager::Secret", Match.objectLike(Map.of(
                "GenerateSecretString", Match.objectLike(Map.of("PasswordLength", 64, "ExcludePunctuation", true)))));
        Map<String, Object> secret = Map.of("Ref", logicalId(stack.ratingLinkSecret()));
        api.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Handler", "jp.resas.ops.functions.api.OpsApiHandler::handleRequest",
                "Environment", Map.of("Variables", Match.objectLike(Map.of("RESAS_RATING_SECRET_ARN", secret))))));
        api.hasResourceProperties("AWS::IAM::Policy", Map.of("PolicyDocument", Match.objectLike(Map.of(
                "Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Action", List.of("secretsmanager:DescribeSecret", "secretsmanager:GetSecretValue"),
                        "Resource", Match.arrayWith(List.of(secret))))))))));
        assertThat(api.findResources("AWS::IAM::Policy").values().stream()
                .filter(p -> p.toString().contains(logicalId(stack.ratingLinkSecret())))).as("read by ops-api only")
                .hasSize(1);
        assertThat(api.findResources("AWS::Lambda::Function").values().stream()
                .filter(f -> f.toString().contains("RESAS_RATING_SECRET_ARN"))).hasSize(1);
    }

    @Test
    void opsApi_keepsInquiryAttachmentsInAPrivateVersionedBucket() {
        api.hasResourceProperties("AWS::S3::Bucket", Match.objectLike(Map.of(
                "VersioningConfiguration", Map.of("Status", "Enabled"),
                "PublicAccessBlockConfiguration", Match.objectLike(Map.of("BlockPublicAcls", true)))));
        api.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Handler", "jp.resas.ops.functions.api.OpsApiHandler::handleRequest",
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "RESAS_ATTACHMENTS_BUCKET", Map.of("Ref", logicalId(stack.attachmentBucket()))))))));
    }

    private static Map<String, Object> dataUpdateArn() {
        // @aws-cdk/core:enablePartitionLiterals: the region is known, so the partition is written out.
        return Map.of("Fn::Join", List.of("", List.of("arn:aws:states:ap-northeast-1:", Map.of("Ref", "AWS::AccountId"),
                ":stateMachine:" + PipelineStack.STATE_MACHINE_NAME)));
    }

    @Test
    void opsApi_isToldTheDataUpdateStateMachineByName_withoutACrossStackReference() {
        api.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Handler", "jp.resas.ops.functions.api.OpsApiHandler::handleRequest",
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "RESAS_PIPELINE_STATE_MACHINE_ARN", dataUpdateArn()))))));
    }

    @Test
    void opsApi_mayStartDataUpdateExecutions() {
        api.hasResourceProperties("AWS::IAM::Policy", Match.objectLike(Map.of("PolicyDocument", Match.objectLike(Map.of(
                "Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Action", Match.arrayWith(List.of("states:StartExecution")), "Effect", "Allow",
                        "Resource", dataUpdateArn())))))))));
    }

    @Test
    void opsApi_mayAnswerTheApprovalTask_withSuccessFailureOrHeartbeat() {
        api.hasResourceProperties("AWS::IAM::Policy", Match.objectLike(Map.of("PolicyDocument", Match.objectLike(Map.of(
                "Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        // @aws-cdk/aws-iam:minimizePolicies merges statements on the same resource, sorting actions.
                        "Action", Match.arrayWith(List.of("states:SendTaskFailure", "states:SendTaskHeartbeat",
                                "states:SendTaskSuccess")),
                        "Effect", "Allow", "Resource", dataUpdateArn())))))))));
    }

    @Test
    void browsersPreflight_isAnsweredByApiGateway_forThePortalOrigin() {
        api.hasResourceProperties("AWS::ApiGatewayV2::Api", Map.of("CorsConfiguration", Match.objectLike(Map.of(
                "AllowOrigins", List.of(ApiStack.DEFAULT_PORTAL_ORIGIN),
                "AllowHeaders", Match.arrayWith(List.of("authorization", "content-type"))))));
    }

    @Test
    void portalOrigins_comeFromTheContext_andRejectAPathOrWildcard() {
        App app = new App(AppProps.builder().context(Map.of(ApiStack.PORTAL_ORIGINS_CONTEXT,
                "https://ops.example.jp, https://portal.example.jp:8443")).build());
        assertThat(ApiStack.portalOrigins(app)).containsExactly("https://ops.example.jp", "https://portal.example.jp:8443");
        App wrong = new App(AppProps.builder().context(Map.of(ApiStack.PORTAL_ORIGINS_CONTEXT, "https://*.example.jp/portal"))
                .build());
        assertThatThrownBy(() -> ApiStack.portalOrigins(wrong)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(ApiStack.PORTAL_ORIGINS_CONTEXT).hasMessageContaining("https://*.example.jp/portal");
    }

    @Test
    void openHealthRoute_hasItsOwnLowThrottle() {
        api.hasResourceProperties("AWS::ApiGatewayV2::Stage", Match.objectLike(Map.of("RouteSettings", Map.of(
                "GET /health", Map.of("ThrottlingRateLimit", 5, "ThrottlingBurstLimit", 10)))));
    }

    @Test
    void stage_isCreatedAfterTheHealthRoute_itsSettingsName() {
        Map<String, Map<String, Object>> routes = api.findResources("AWS::ApiGatewayV2::Route",
                Map.of("Properties", Map.of("RouteKey", "GET /health")));
        api.hasResource("AWS::ApiGatewayV2::Stage", Map.of("DependsOn",
                Match.arrayWith(List.of(routes.keySet().iterator().next()))));
    }

    @Test
    void opsApi_concurrencyIsReserved() {
        api.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Handler", "jp.resas.ops.functions.api.OpsApiHandler::handleRequest",
                "ReservedConcurrentExecutions", 10)));
    }

    @Test
    void opsApi_givesUpOnAResumingDatabase_andTellsClientsWhenToRetry() {
        api.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Handler", "jp.resas.ops.functions.api.OpsApiHandler::handleRequest",
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        ApiStack.CONNECTION_TIMEOUT_ENV, "8000",
                        ApiStack.RESUME_RETRY_AFTER_ENV, "15"))))));
    }

    @Test
    void attachmentRetention_runsDailyInBusinessHours_withTheBucket_andMayOnlyListAndDeleteItsVersions() {
        Map<String, Object> bucketRef = Map.of("Ref", logicalId(stack.attachmentBucket()));
        Map<String, Object> bucketArn = Map.of("Fn::GetAtt", List.of(logicalId(stack.attachmentBucket()), "Arn"));
        api.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Handler", "jp.resas.ops.functions.attachment.AttachmentRetentionHandler::handleRequest",
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "RESAS_ATTACHMENTS_BUCKET", bucketRef, "RESAS_DB_SECRET_ARN", Match.anyValue()))))));
        api.hasResourceProperties("AWS::Scheduler::Schedule", Match.objectLike(Map.of(
                "ScheduleExpression", "cron(30 9 ? * MON-FRI *)",
                "ScheduleExpressionTimezone", "Asia/Tokyo",
                "Target", Match.objectLike(Map.of(
                        "Arn", Map.of("Ref", logicalId(stack.attachmentRetentionFunction().alias())))))));
        api.hasResourceProperties("AWS::IAM::Policy", Map.of(
                "Roles", List.of(Map.of("Ref", logicalId(stack.attachmentRetentionFunction().function().getRole()))),
                "PolicyDocument", Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(
                        Map.of("Action", "s3:ListBucketVersions", "Effect", "Allow", "Resource", bucketArn),
                        Map.of("Action", "s3:DeleteObjectVersion", "Effect", "Allow", "Resource", Map.of("Fn::Join",
                                List.of("", List.of(bucketArn, "/*"))))))))));
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        String retentionRole = logicalId(stack.attachmentRetentionFunction().function().getRole());
        api.findResources("AWS::IAM::Policy").values().forEach(policy -> {
            var tree = json.valueToTree(policy);
            if (tree.at("/Properties/Roles").toString().contains(retentionRole)) {
                tree.at("/Properties/PolicyDocument/Statement").forEach(statement -> org.assertj.core.api.Assertions
                        .assertThat(statement.path("Action").toString()).doesNotContain("s3:*", "s3:PutObject",
                                "s3:GetObject", "s3:DeleteBucket"));
            }
        });
    }
}
