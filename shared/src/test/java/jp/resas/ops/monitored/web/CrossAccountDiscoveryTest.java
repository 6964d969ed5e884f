package jp.resas.ops.monitored.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.ledger.asset.CloudInventories;
import jp.resas.ops.ledger.asset.CloudInventory;
import jp.resas.ops.ledger.asset.DiscoveringAssets;
import jp.resas.ops.ledger.asset.SoftwareBill;
import jp.resas.ops.ledger.asset.infrastructure.AwsCloudInventory;
import jp.resas.ops.ledger.asset.infrastructure.CycloneDxSoftwareBill;
import jp.resas.ops.ledger.asset.infrastructure.DiscoveryService;
import jp.resas.ops.monitored.infrastructure.AccountCredentials;
import jp.resas.ops.monitoring.runs.RunReport;
import jp.resas.ops.monitoring.runs.RunStatus;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.AssumedRoles;
import jp.resas.ops.testutils.FakeAws;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.acm.AcmClient;
import software.amazon.awssdk.services.resourcegroupstaggingapi.ResourceGroupsTaggingApiClient;
import software.amazon.awssdk.services.route53domains.Route53DomainsClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * Asset discovery in the bundled description's monitored accounts: STS AssumeRole (query/XML) and the
 * Tagging, ACM and Route 53 Domains APIs (JSON 1.1, answers built from the API references as in
 * {@code AwsCloudInventoryTest}) on local endpoints. resas-prod's role is assumed (its requests carry its
 * key, in each of its regions; Route 53 Domains in us-east-1); resas-data's role is refused, and its
 * scopes are recorded as missing, not as an empty account.
 */
@MicronautTest(transactional = false, environments = "cross-account-discovery-test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossAccountDiscoveryTest implements TestPropertyProvider {

    private static final String JSON_11 = "application/x-amz-json-1.1";
    private static final String PROD_KEY = "ASIAPRODEXAMPLE00001";
    private static final String PROD_FUNCTION = "arn:aws:lambda:ap-northeast-1:210987654321:function:resas-api-prefecture";

    private final FakeAws sts = new FakeAws();
    private final FakeAws monitored = new FakeAws();
    private final FakeAws own = new FakeAws();
    private RunReport run;

    @Inject
    DiscoveryService discovery;
    @Inject
    Sql sql;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestPlatform.properties());
        properties.put("resas.ledger.regions", "ap-northeast-1");
        return properties;
    }

    @MockBean(StsClient.class)
    StsClient stsClient() {
        return sts.client(StsClient.builder());
    }

    /** The production wiring (the assumed role's credentials, each region), pointed at the local endpoint. */
    @MockBean(CloudInventories.class)
    CloudInventories inventories(AccountCredentials credentials) {
        return account -> new AwsCloudInventory(
                region -> credentials.configure(ResourceGroupsTaggingApiClient.builder(), account, Region.of(region))
                        .endpointOverride(monitored.endpoint()).build(),
                region -> credentials.configure(AcmClient.builder(), account, Region.of(region))
                        .endpointOverride(monitored.endpoint()).build(),
                credentials.configure(Route53DomainsClient.builder(), account, Region.US_EAST_1)
                        .endpointOverride(monitored.endpoint()).build(),
                DiscoveringAssets.scopePrefix(account.name()));
    }

    @MockBean(CloudInventory.class)
    CloudInventory ownInventory() {
        return new AwsCloudInventory(region -> own.client(ResourceGroupsTaggingApiClient.builder()),
                region -> own.client(AcmClient.builder()), own.client(Route53DomainsClient.builder()));
    }

    @MockBean(SoftwareBill.class)
    SoftwareBill software() {
        return new CycloneDxSoftwareBill(new ObjectMapper(), getClass().getClassLoader(), "aws/ledger/bom.json");
    }

    @BeforeAll
    void discover() {
        AssumedRoles.grant(sts, "210987654321", PROD_KEY);
        AssumedRoles.refuse(sts, "310987654321");
        // GetResources: one function in the region asked for (the signature's scope names it), one page.
        monitored.respond("ResourceGroupsTaggingAPI_20170126.GetResources", JSON_11, request ->
                request.header("Authorization").contains("/ap-northeast-1/") ? "{\"PaginationToken\":\"\","
                        + "\"ResourceTagMappingList\":[{\"ResourceARN\":\"" + PROD_FUNCTION + "\",\"Tags\":[{\"Key\":"
                        + "\"Name\",\"Value\":\"RESAS API (prefecture)\"}]}]}"
                        : "{\"PaginationToken\":\"\",\"ResourceTagMappingList\":[]}")
                .respond("CertificateManager.ListCertificates", JSON_11, request -> "{\"CertificateSummaryList\":[]}")
                .respond("Route53Domains_v20140515.ListDomains", JSON_11, request -> "{\"Domains\":[{\"DomainName\":"
                        + "\"resas.example.jp\",\"AutoRenew\":true,\"TransferLock\":true,\"Expiry\":1.8860896E9}]}");
        own.respond("ResourceGroupsTaggingAPI_20170126.GetResources", JSON_11,
                        request -> "{\"PaginationToken\":\"\",\"ResourceTagMappingList\":[]}")
                .respond("CertificateManager.ListCertificates", JSON_11, request -> "{\"CertificateSummaryList\":[]}")
                .respond("Route53Domains_v20140515.ListDomains", JSON_11, request -> "{\"Domains\":[]}");
        run = discovery.discover();
    }

    @AfterAll
    void stop() {
        List.of(sts, monitored, own).forEach(FakeAws::close);
    }

    @Test
    void theMonitoredAccount_isReadWithItsAssumedCredentials_inEachOfItsRegions() {
        assertThat(monitored.requests()).isNotEmpty().allSatisfy(request -> {
            assertThat(request.header("Authorization")).contains("Credential=" + PROD_KEY + "/");
            assertThat(request.header("X-Amz-Security-Token")).isEqualTo(AssumedRoles.SESSION_TOKEN);
        });
        assertThat(monitored.requests("ResourceGroupsTaggingAPI_20170126.GetResources"))
                .extracting(request -> request.header("Authorization").replaceFirst(".*Credential=[^/]+/\\d+/([^/]+)/([^/]+)/.*", "$1 $2"))
                .containsExactlyInAnyOrder("ap-northeast-1 tagging", "us-east-1 tagging");
        assertThat(monitored.requests("CertificateManager.ListCertificates")).hasSize(2);
        assertThat(monitored.requests("Route53Domains_v20140515.ListDomains")).singleElement()
                .satisfies(request -> assertThat(request.header("Authorization")).contains("/us-east-1/route53domains/"));
        assertThat(own.requests()).isNotEmpty().allSatisfy(request ->
                assertThat(request.header("Authorization")).contains("Credential=test/"));
        assertThat(sts.requests("AssumeRole")).extracting(FakeAws.Request::form)
                .anySatisfy(form -> assertThat(form).containsEntry("ExternalId", "resas-ops-read-7f3c2a"));
    }

    @Test
    void whatTheMonitoredAccountHolds_isInTheLedger_underItsScope() {
        assertThat(sql.query("SELECT kind || ' ' || asset_key || ' ' || scope FROM asset WHERE scope LIKE 'resas-prod/%' "
                + "ORDER BY 1", row -> row.getString(1))).containsExactly(
                "CLOUD_RESOURCE " + PROD_FUNCTION + " resas-prod/tagging:ap-northeast-1",
                "DOMAIN resas.example.jp resas-prod/route53domains");
    }

    @Test
    void anAccountWhoseRoleIsRefused_isRecordedMissing_notAsAnEmptyAccount() {
        assertThat(run.status()).isEqualTo(RunStatus.PARTIAL);
        assertThat(run.missing()).filteredOn(m -> m.startsWith("resas-data/")).extracting(m -> m.substring(0, m.indexOf(": ")))
                .containsExactlyInAnyOrder("resas-data/tagging:ap-northeast-1", "resas-data/acm:ap-northeast-1",
                        "resas-data/route53domains");
        assertThat(run.missing()).filteredOn(m -> m.startsWith("resas-data/"))
                .allSatisfy(m -> assertThat(m).contains("not authorized to perform: sts:AssumeRole"));
        assertThat(run.missing()).noneMatch(m -> m.startsWith("resas-prod/") || m.startsWith("tagging:"));
    }
}
