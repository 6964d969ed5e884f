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
}
