package jp.resas.ops.infra.monitored;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import jp.resas.ops.infra.testutils.SynthesizedApp;
import org.junit.jupiter.api.Test;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.assertions.Match;
import software.amazon.awscdk.assertions.Template;

/** The sample description's monitored accounts: read role with external id, alarm forwarding, ops bus policy. */
class MonitoredAccountStackTest {

    private static Template stack(String id) {
        return Template.fromStack((Stack) SynthesizedApp.stacks().network().getNode().getScope().getNode().findChild(id));
    }

    @Test
    void readRole_isAssumableByTheOpsAccount_onlyWithTheExternalId() {
        stack("ResasOps-Watched-resas-prod-ap-northeast-1").hasResourceProperties("AWS::IAM::Role", Map.of(
                "RoleName", "ResasOpsRead",
                "AssumeRolePolicyDocument", Map.of("Statement", List.of(Match.objectLike(Map.of(
                        "Action", "sts:AssumeRole",
                        "Condition", Map.of("StringEquals", Map.of("sts:ExternalId", "resas-ops-read-7f3c2a")),
                        "Principal", Map.of("AWS", "arn:aws:iam::110987654321:root")))))));
    }

    @Test
    void readRole_isInTheAccountsFirstRegionOnly() {
        stack("ResasOps-Watched-resas-prod-us-east-1").resourceCountIs("AWS::IAM::Role", 1);
        assertThat(stack("ResasOps-Watched-resas-prod-us-east-1").findResources("AWS::IAM::Role",
                Map.of("Properties", Map.of("RoleName", "ResasOpsRead")))).isEmpty();
    }

    @Test
    void alarmStateChanges_areForwardedToTheOpsAccountsDefaultBus_inEveryRegion() {
        for (String id : List.of("ResasOps-Watched-resas-prod-ap-northeast-1", "ResasOps-Watched-resas-prod-us-east-1",
                "ResasOps-Watched-resas-data-ap-northeast-1")) {
            stack(id).hasResourceProperties("AWS::Events::Rule", Map.of(
                    "EventPattern", Map.of("source", List.of("aws.cloudwatch"),
                            "detail-type", List.of("CloudWatch Alarm State Change")),
                    "Targets", List.of(Match.objectLike(Map.of(
                            "Arn", "arn:aws:events:ap-northeast-1:110987654321:event-bus/default",
                            "DeadLetterConfig", Match.anyValue())))));
        }
    }

    @Test
    void opsBus_acceptsEventsFromEachMonitoredAccount_andCollectorsMayAssumeTheRoles() {
        Template monitoring = Template.fromStack(SynthesizedApp.stacks().monitoring());
        for (String account : List.of("210987654321", "310987654321")) {
            monitoring.hasResourceProperties("AWS::Events::EventBusPolicy", Map.of("Action", "events:PutEvents",
                    "Principal", account, "EventBusName", "default"));
        }
        Template.fromStack(SynthesizedApp.stacks().collectors()).hasResourceProperties("AWS::IAM::Policy", Map.of(
                "PolicyDocument", Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                        "Action", "sts:AssumeRole",
                        "Resource", List.of("arn:aws:iam::210987654321:role/ResasOpsRead",
                                "arn:aws:iam::310987654321:role/ResasOpsRead"))))))));
    }

    @Test
    void everyReaderOfTheMonitoredAccounts_mayAssumeTheReadRoles_andOnlyThose() {
        Object document = Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(
                Map.of("Action", "sts:AssumeRole", "Resource", List.of("arn:aws:iam::210987654321:role/ResasOpsRead",
                        "arn:aws:iam::310987654321:role/ResasOpsRead")))))));
        Map<String, Object> assume = Map.of("PolicyDocument", document);
        Template collectors = Template.fromStack(SynthesizedApp.stacks().collectors());
        for (String name : MonitoredAccounts.COLLECTORS) {
            String role = SynthesizedApp.logicalId(SynthesizedApp.stacks().collectors().collector(name).function().getRole());
            assertThat(collectors.findResources("AWS::IAM::Policy", Map.of("Properties", Match.objectLike(Map.of(
                    "PolicyDocument", document, "Roles", List.of(Map.of("Ref", role)))))))
                    .as("%s may assume the read roles", name).hasSize(1);
        }
        assertThat(collectors.findResources("AWS::IAM::Policy", Map.of("Properties", Match.objectLike(assume))))
                .hasSize(MonitoredAccounts.COLLECTORS.size());

        Template ledgers = Template.fromStack(SynthesizedApp.stacks().ledgers());
        var ledgerStack = SynthesizedApp.stacks().ledgers();
        List<String> readers = List.of(ledgerStack.discovery(), ledgerStack.snapshot(), ledgerStack.accounts()).stream()
                .map(f -> SynthesizedApp.logicalId(f.function().getRole())).toList();
        var policies = ledgers.findResources("AWS::IAM::Policy", Map.of("Properties", Match.objectLike(assume))).values();
        assertThat(policies).hasSize(readers.size());
        for (String reader : readers) {
            assertThat(policies).as("%s may assume the read roles", reader)
                    .anySatisfy(policy -> assertThat(policy.toString()).contains(reader));
        }
    }

    @Test
    void readRole_letsAssetDiscoveryReadResourcesCertificatesAndDomains() {
        stack("ResasOps-Watched-resas-prod-ap-northeast-1").hasResourceProperties("AWS::IAM::Role", Map.of(
                "Policies", Match.arrayWith(List.of(Match.objectLike(Map.of("PolicyName", "Read", "PolicyDocument",
                        Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(Match.objectLike(Map.of(
                                "Action", Match.arrayWith(List.of("acm:DescribeCertificate", "acm:ListCertificates",
                                        "route53domains:ListDomains", "tag:GetResources")),
                                "Resource", "*"))))))))))));
    }

    @Test
    void readRole_letsTheLedgersReadStacksAwsConfigAndIamUsers() {
        stack("ResasOps-Watched-resas-prod-ap-northeast-1").hasResourceProperties("AWS::IAM::Role", Map.of(
                "Policies", Match.arrayWith(List.of(Match.objectLike(Map.of("PolicyName", "Read", "PolicyDocument",
                        Match.objectLike(Map.of("Statement", Match.arrayWith(List.of(
                                Match.objectLike(Map.of("Action", Match.arrayWith(List.of(
                                        "config:BatchGetResourceConfig", "config:GetDiscoveredResourceCounts",
                                        "config:ListDiscoveredResources", "iam:GenerateCredentialReport",
                                        "iam:GetAccountAuthorizationDetails", "iam:GetCredentialReport")),
                                        "Resource", "*")),
                                Match.objectLike(Map.of("Action", List.of("cloudformation:DescribeStacks",
                                        "cloudformation:GetTemplate", "cloudformation:ListStackResources"),
                                        "Resource", "arn:aws:cloudformation:*:210987654321:stack/*/*"))))))))))));
    }
}
