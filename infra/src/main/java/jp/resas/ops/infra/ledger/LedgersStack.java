package jp.resas.ops.infra.ledger;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.infra.lambda.ResasFunction;
import jp.resas.ops.infra.lambda.CatalogueFunctions;
import jp.resas.ops.infra.lambda.CatalogueSchedules;
import jp.resas.ops.infra.nag.Suppress;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.iam.PolicyStatement;
import software.constructs.Construct;

/**
 * 資産管理台帳 kept true by two daily functions in Japan time: {@code asset-discovery} (05:00) reads the
 * account's tagged resources, certificates and domains, with read-only actions and nothing else;
 * {@code ledger-watch} (08:00, before the office opens) raises the expiry tickets and incidents;
 * {@code configuration-snapshot} (05:30) stores 構成管理台帳's snapshot when the deployed configuration changed;
 * {@code account-collection} (05:45) reads IAM's and Cognito's accounts for アカウント棚卸し.
 */
public final class LedgersStack extends Stack {

    /** Route 53 Domains and the certificates CloudFront uses live in us-east-1, whatever the home region. */
    static final String GLOBAL_REGION = "us-east-1";

    private final ResasFunction discovery;
    private final ResasFunction watch;
    private final ResasFunction snapshot;
    private final ResasFunction accounts;

    public LedgersStack(Construct scope, String id, LedgersStackProps props) {
        super(scope, id, props.stack());
        this.discovery = function(props, "asset-discovery", Map.of("RESAS_LEDGER_REGIONS", getRegion() + "," + GLOBAL_REGION));
        discovery.function().addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("tag:GetResources", "acm:ListCertificates", "route53domains:ListDomains"))
                .resources(List.of("*")).build());
        discovery.function().addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("acm:DescribeCertificate"))
                .resources(List.of("arn:" + getPartition() + ":acm:*:" + getAccount() + ":certificate/*")).build());
        Suppress.findings(discovery.function(), "AwsSolutions-IAM5", "tag:GetResources, acm:ListCertificates and "
                + "route53domains:ListDomains have no resource-level permissions (Resource must be *); "
                + "acm:DescribeCertificate is limited to this account's certificates in the regions read. "
                + "X-Ray's Resource::* likewise.",
                List.of("Resource::*", "/^Resource::arn:aws:acm:\\*:.*:certificate\\/\\*$/"));
        this.watch = function(props, "ledger-watch", Map.of());
        Suppress.findings(watch.function(), "AwsSolutions-IAM5", "X-Ray's Resource::* (the shared function construct).",
                List.of("Resource::*"));
        this.snapshot = function(props, "configuration-snapshot", Map.of("RESAS_LEDGER_REGIONS", getRegion() + "," + GLOBAL_REGION));
        // 構成管理台帳: CloudFormation's read actions on this account's stacks only; AWS Config's have no
        // resource-level permissions (read only where RESAS_LEDGER_AWS_CONFIG is true).
        snapshot.function().addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("cloudformation:DescribeStacks", "cloudformation:ListStackResources",
                        "cloudformation:GetTemplate"))
                .resources(List.of("arn:" + getPartition() + ":cloudformation:*:" + getAccount() + ":stack/*/*")).build());
        snapshot.function().addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("config:GetDiscoveredResourceCounts", "config:ListDiscoveredResources",
                        "config:BatchGetResourceConfig"))
                .resources(List.of("*")).build());
        Suppress.findings(snapshot.function(), "AwsSolutions-IAM5", "AWS Config's GetDiscoveredResourceCounts, "
                + "ListDiscoveredResources and BatchGetResourceConfig have no resource-level permissions (Resource must "
                + "be *); CloudFormation's DescribeStacks, ListStackResources and GetTemplate are limited to this "
                + "account's stacks in the regions read. X-Ray's Resource::* likewise.",
                List.of("Resource::*", "/^Resource::arn:aws:cloudformation:\\*:.*:stack\\/\\*\\/\\*$/"));
        this.accounts = function(props, "account-collection", Map.of());
        // アカウント棚卸し: IAM's account-wide reads have no resource-level permissions; Cognito's are limited
        // to this account's user pools (read when RESAS_LEDGER_COGNITO_USER_POOLS names them).
        accounts.function().addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("iam:GetAccountAuthorizationDetails", "iam:GenerateCredentialReport",
                        "iam:GetCredentialReport"))
                .resources(List.of("*")).build());
        accounts.function().addToRolePolicy(PolicyStatement.Builder.create()
                .actions(List.of("cognito-idp:ListUsers", "cognito-idp:ListGroups", "cognito-idp:ListUsersInGroup"))
                .resources(List.of("arn:" + getPartition() + ":cognito-idp:" + getRegion() + ":" + getAccount()
                        + ":userpool/*")).build());
        Suppress.findings(accounts.function(), "AwsSolutions-IAM5", "IAM's GetAccountAuthorizationDetails, "
                + "GenerateCredentialReport and GetCredentialReport have no resource-level permissions (Resource must "
                + "be *); Cognito's ListUsers, ListGroups and ListUsersInGroup are limited to this account's user "
                + "pools. X-Ray's Resource::* likewise.",
                List.of("Resource::*", "/^Resource::arn:aws:cognito-idp:.*:userpool\\/\\*$/"));
        CatalogueSchedules.wire(this, Map.of("asset-discovery", discovery.alias(), "ledger-watch", watch.alias(),
                "configuration-snapshot", snapshot.alias(), "account-collection", accounts.alias()), Map.of());
    }

    private ResasFunction function(LedgersStackProps props, String name, Map<String, String> extraEnv) {
        Map<String, String> env = new HashMap<>(props.database().environment());
        env.putAll(extraEnv);
        ResasFunction function = CatalogueFunctions.create(this, name, props.functions(), props.vpc(),
                List.of(props.database().clientSecurityGroup()), env);
        props.database().grantTo(function.function());
        return function;
    }


    public ResasFunction discovery() {
        return discovery;
    }

    /** {@code configuration-snapshot}: 構成管理台帳's daily snapshot (05:30 JST). */
    public ResasFunction snapshot() {
        return snapshot;
    }

    /** {@code account-collection}: the accounts the review rounds take (05:45 JST). */
    public ResasFunction accounts() {
        return accounts;
    }

    public ResasFunction watch() {
        return watch;
    }
}
