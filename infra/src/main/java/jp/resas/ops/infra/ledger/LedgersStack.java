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
 * {@code ledger-watch} (08:00, before the office opens) raises the expiry tickets and incidents.
 */
public final class LedgersStack extends Stack {

    /** Route 53 Domains and the certificates CloudFront uses live in us-east-1, whatever the home region. */
    static final String GLOBAL_REGION = "us-east-1";

    private final ResasFunction discovery;
    private final ResasFunction watch;

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
        CatalogueSchedules.wire(this, Map.of("asset-discovery", discovery.alias(), "ledger-watch", watch.alias()),
                Map.of());
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

    public ResasFunction watch() {
        return watch;
    }
}
