package jp.resas.ops.infra.ledger;

import static jp.resas.ops.infra.testutils.SynthesizedApp.logicalId;
import static jp.resas.ops.infra.testutils.SynthesizedApp.stacks;
import static jp.resas.ops.infra.testutils.SynthesizedApp.template;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

class LedgersStackTest {

    private final LedgersStack stack = stacks().ledgers();
    private final Template ledgers = template(stack);

    @Test
    void discovery_runsDailyAt5InJapanTime_invokingItsAlias() {
        ledgers.hasResourceProperties("AWS::Scheduler::Schedule", Match.objectLike(Map.of(
                "ScheduleExpression", "cron(0 5 * * ? *)",
                "ScheduleExpressionTimezone", "Asia/Tokyo",
                "Target", Match.objectLike(Map.of("Arn", Map.of("Ref", logicalId(stack.discovery().alias())))))));
    }

    @Test
    void watch_runsDailyBeforeTheOfficeOpens() {
        ledgers.hasResourceProperties("AWS::Scheduler::Schedule", Match.objectLike(Map.of(
                "ScheduleExpression", "cron(0 8 * * ? *)",
                "Target", Match.objectLike(Map.of("Arn", Map.of("Ref", logicalId(stack.watch().alias())))))));
    }

    @Test
    void discovery_mayOnlyReadTagsCertificatesAndDomains() {
        ledgers.hasResourceProperties("AWS::IAM::Policy", Map.of("PolicyDocument", Match.objectLike(Map.of(
                "Statement", Match.arrayWith(List.of(
                        // Statements on the same resource are merged (iam:minimizePolicies): X-Ray's join the "*" one.
                        Match.objectLike(Map.of("Action", Match.arrayWith(List.of("acm:ListCertificates",
                                "route53domains:ListDomains", "tag:GetResources")), "Resource", "*")),
                        Match.objectLike(Map.of("Action", "acm:DescribeCertificate",
                                "Resource", Match.objectLike(Map.of("Fn::Join", Match.anyValue()))))))))));
    }

    @Test
    void discovery_readsTheHomeRegionAndUsEast1() {
        ledgers.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Handler", "jp.resas.ops.functions.ledger.AssetDiscoveryHandler::handleRequest",
                "Environment", Map.of("Variables", Match.objectLike(Map.of(
                        "RESAS_LEDGER_REGIONS", "ap-northeast-1,us-east-1"))))));
    }

    /** Every action the function's role policies allow beyond what ledger-watch's allow (X-Ray, the database). */
    private java.util.Set<String> ownActions(jp.resas.ops.infra.lambda.ResasFunction function) {
        java.util.Set<String> own = actions(function);
        own.removeAll(actions(stack.watch()));
        return own;
    }

    /** Every action the function's role policies allow. */
    private java.util.Set<String> actions(jp.resas.ops.infra.lambda.ResasFunction function) {
        String role = logicalId((software.constructs.IConstruct) function.function().getRole());
        java.util.Set<String> actions = new java.util.TreeSet<>();
        ledgers.findResources("AWS::IAM::Policy").values().forEach(policy -> {
            @SuppressWarnings("unchecked")
            Map<String, Object> properties = (Map<String, Object>) ((Map<String, Object>) policy).get("Properties");
            if (!String.valueOf(properties.get("Roles")).contains(role)) {
                return;
            }
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> statements = (List<Map<String, Object>>) ((Map<String, Object>) properties
                    .get("PolicyDocument")).get("Statement");
            for (Map<String, Object> statement : statements) {
                Object action = statement.get("Action");
                if (action instanceof List<?> list) {
                    list.forEach(a -> actions.add(String.valueOf(a)));
                } else {
                    actions.add(String.valueOf(action));
                }
            }
        });
        return actions;
    }

    @Test
    void configurationSnapshot_runsDailyAt0530_andMayOnlyReadStacksAndAwsConfig() {
        ledgers.hasResourceProperties("AWS::Scheduler::Schedule", Match.objectLike(Map.of(
                "ScheduleExpression", "cron(30 5 * * ? *)",
                "ScheduleExpressionTimezone", "Asia/Tokyo",
                "Target", Match.objectLike(Map.of("Arn", Map.of("Ref", logicalId(stack.snapshot().alias())))))));
        ledgers.hasResourceProperties("AWS::Lambda::Function", Match.objectLike(Map.of(
                "Handler", "jp.resas.ops.functions.ledger.ConfigurationSnapshotHandler::handleRequest")));
        org.assertj.core.api.Assertions.assertThat(ownActions(stack.snapshot())).containsExactlyInAnyOrder(
                "cloudformation:DescribeStacks", "cloudformation:ListStackResources", "cloudformation:GetTemplate",
                "config:GetDiscoveredResourceCounts", "config:ListDiscoveredResources", "config:BatchGetResourceConfig",
                // the monitored accounts' read roles (MonitoredAccounts.wire)
                "sts:AssumeRole");
    }

    @Test
    void accountCollection_runsDailyAt0545_andMayOnlyReadIamAndCognitoUsers() {
        ledgers.hasResourceProperties("AWS::Scheduler::Schedule", Match.objectLike(Map.of(
                "ScheduleExpression", "cron(45 5 * * ? *)",
                "Target", Match.objectLike(Map.of("Arn", Map.of("Ref", logicalId(stack.accounts().alias())))))));
        org.assertj.core.api.Assertions.assertThat(ownActions(stack.accounts())).containsExactlyInAnyOrder(
                "iam:GetAccountAuthorizationDetails", "iam:GenerateCredentialReport", "iam:GetCredentialReport",
                "cognito-idp:ListUsers", "cognito-idp:ListGroups", "cognito-idp:ListUsersInGroup", "sts:AssumeRole");
    }
}
