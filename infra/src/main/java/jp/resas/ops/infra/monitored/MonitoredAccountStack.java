package jp.resas.ops.infra.monitored;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.resas.ops.infra.nag.Suppress;
import jp.resas.ops.monitored.MonitoredAccount;
import jp.resas.ops.monitored.MonitoredService;
import jp.resas.ops.monitored.MonitoredSystem;
import software.amazon.awscdk.Environment;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.events.EventBus;
import software.amazon.awscdk.services.events.EventPattern;
import software.amazon.awscdk.services.events.Rule;
import software.amazon.awscdk.services.events.targets.EventBusProps;
import software.amazon.awscdk.services.iam.AccountPrincipal;
import software.amazon.awscdk.services.iam.PolicyDocument;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.amazon.awscdk.services.iam.Role;
import software.amazon.awscdk.services.sqs.Queue;
import software.amazon.awscdk.services.sqs.QueueEncryption;
import software.constructs.Construct;

/**
 * Deployed into a monitored account (one stack per account and region, with that account's
 * credentials: {@code npx aws-cdk deploy ResasOps-Watched-resas-prod-ap-northeast-1}). In the
 * account's first region: the read-only role RESAS Ops' collectors assume, trusted only with the
 * description's external id. In every region: a rule forwarding the account's CloudWatch alarm state
 * changes to the ops account's default event bus, where alarm intake already listens.
 */
public final class MonitoredAccountStack extends Stack {

    public static final String SESSION_NAME_PREFIX = "resas-ops-";

    private Role readRole;

    public MonitoredAccountStack(Construct scope, String id, MonitoredSystem system, MonitoredAccount account,
            String region) {
        super(scope, id, StackProps.builder()
                .env(Environment.builder().account(account.accountId()).region(region).build())
                .description("RESAS Ops: read role and alarm forwarding in monitored account " + account.name())
                .build());
        if (region.equals(account.regions().get(0))) {
            this.readRole = readRole(system, account);
        }
        forwardAlarms(system);
    }

    private Role readRole(MonitoredSystem system, MonitoredAccount account) {
        List<MonitoredService> services = system.services().stream()
                .filter(s -> account.name().equals(s.account())).toList();
        List<PolicyStatement> statements = new ArrayList<>();
        statements.add(PolicyStatement.Builder.create()
                .actions(List.of("cloudwatch:GetMetricData", "ce:GetCostAndUsage", "ce:GetCostForecast",
                        "logs:GetQueryResults", "logs:StopQuery",
                        // asset discovery (資産管理台帳): resources, certificates and domains of the account
                        "tag:GetResources", "acm:ListCertificates", "acm:DescribeCertificate",
                        "route53domains:ListDomains",
                        // configuration snapshots (構成管理台帳): AWS Config where it records
                        "config:GetDiscoveredResourceCounts", "config:ListDiscoveredResources",
                        "config:BatchGetResourceConfig",
                        // account review (アカウント棚卸し): IAM users and the credential report
                        "iam:GetAccountAuthorizationDetails", "iam:GenerateCredentialReport", "iam:GetCredentialReport",
                        // vulnerability-collector (脆弱性): the findings of Inspector and Security Hub
                        "inspector2:ListFindings", "securityhub:GetFindings",
                        // backup-collector (バックアップ): AWS Backup's job lists and protected resources
                        "backup:ListBackupJobs", "backup:ListCopyJobs", "backup:ListRestoreJobs",
                        "backup:ListProtectedResources", "backup:ListBackupPlans"))
                .resources(List.of("*")).build());
        // backup-collector: what each backup plan selects (tag:GetResources above resolves tag-based selections)
        statements.add(PolicyStatement.Builder.create()
                .actions(List.of("backup:ListBackupSelections", "backup:GetBackupSelection"))
                .resources(List.of("arn:aws:backup:*:" + account.accountId() + ":backup-plan:*")).build());
        statements.add(PolicyStatement.Builder.create()
                .actions(List.of("cloudformation:DescribeStacks", "cloudformation:ListStackResources",
                        "cloudformation:GetTemplate"))
                .resources(List.of("arn:aws:cloudformation:*:" + account.accountId() + ":stack/*/*")).build());
        List<String> logGroups = new ArrayList<>();
        List<String> buckets = new ArrayList<>();
        List<String> logObjects = new ArrayList<>();
        for (MonitoredService service : services) {
            service.resources().logGroups().forEach(group -> logGroups.add(
                    "arn:aws:logs:" + service.region() + ":" + account.accountId() + ":log-group:" + group + ":*"));
            service.resources().accessLogs().ifPresent(logs -> {
                buckets.add("arn:aws:s3:::" + logs.bucket());
                logObjects.add("arn:aws:s3:::" + logs.bucket() + "/" + logs.prefix() + "*");
            });
        }
        if (!logGroups.isEmpty()) {
            statements.add(PolicyStatement.Builder.create().actions(List.of("logs:StartQuery"))
                    .resources(logGroups).build());
        }
        if (!buckets.isEmpty()) {
            statements.add(PolicyStatement.Builder.create().actions(List.of("s3:ListBucket")).resources(buckets).build());
            statements.add(PolicyStatement.Builder.create().actions(List.of("s3:GetObject")).resources(logObjects).build());
        }
        Role role = Role.Builder.create(this, "ReadRole")
                .roleName(account.readRole().roleName())
                .description("Read-only access for RESAS Ops' collectors (metrics, logs, access logs, cost) and asset discovery")
                .assumedBy(new AccountPrincipal(system.opsAccount().accountId()))
                .externalIds(List.of(account.readRole().externalId()))
                .maxSessionDuration(software.amazon.awscdk.Duration.hours(1))
                .inlinePolicies(Map.of("Read", PolicyDocument.Builder.create().statements(statements).build()))
                .build();
        Suppress.findings(role, "AwsSolutions-IAM5", "GetMetricData, Cost Explorer, GetQueryResults, StopQuery, "
                + "tag:GetResources, acm:ListCertificates, route53domains:ListDomains, inspector2:ListFindings and AWS Backup's job lists have no "
                + "resource-level permissions, nor have AWS Config's reads nor IAM's account-wide reads (securityhub:GetFindings "
                + "is asked of each region's hub, kept in one statement; acm:DescribeCertificate is asked of every certificate "
                + "ListCertificates finds); CloudFormation's reads are limited to the account's stacks, AWS Backup's "
                + "ListBackupSelections and GetBackupSelection to the account's backup plans (every plan is read); StartQuery is limited to the services' log groups (ARNs end in :*, "
                + "their streams) and GetObject to the access-log prefix.",
                List.of("Resource::*", "/^Resource::arn:aws:logs:.*:log-group:.*:\\*$/", "/^Resource::arn:aws:s3:::.*\\*$/",
                        "/^Resource::arn:aws:cloudformation:\\*:.*:stack\\/\\*\\/\\*$/",
                        "/^Resource::arn:aws:backup:\\*:.*:backup-plan:\\*$/"));
        return role;
    }

    private void forwardAlarms(MonitoredSystem system) {
        // Events that cannot be delivered to the ops bus wait here (14 days) instead of being dropped.
        Queue undelivered = Queue.Builder.create(this, "UndeliveredAlarms")
                .encryption(QueueEncryption.SQS_MANAGED)
                .enforceSsl(true)
                .retentionPeriod(software.amazon.awscdk.Duration.days(14))
                .build();
        Suppress.rule(undelivered, "AwsSolutions-SQS3",
                "This queue is the dead-letter queue of the alarm-forwarding rule's target.");
        Rule.Builder.create(this, "ForwardAlarmStateChanges")
                .description("CloudWatch alarm state changes of this account, to RESAS Ops' event bus")
                .eventPattern(EventPattern.builder()
                        .source(List.of("aws.cloudwatch"))
                        .detailType(List.of("CloudWatch Alarm State Change"))
                        .build())
                .targets(List.of(new software.amazon.awscdk.services.events.targets.EventBus(
                        EventBus.fromEventBusArn(this, "OpsBus", system.opsAccount().defaultEventBusArn()),
                        EventBusProps.builder().deadLetterQueue(undelivered).build())))
                .build();
    }

    /** The read role, in the account's first region's stack only (IAM is global). */
    public java.util.Optional<Role> readRole() {
        return java.util.Optional.ofNullable(readRole);
    }
}
