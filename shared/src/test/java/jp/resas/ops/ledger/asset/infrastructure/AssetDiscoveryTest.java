package jp.resas.ops.ledger.asset.infrastructure;

import static jp.resas.ops.ledger.asset.infrastructure.AwsCloudInventoryTest.DESCRIBE_CERTIFICATE;
import static jp.resas.ops.ledger.asset.infrastructure.AwsCloudInventoryTest.GET_RESOURCES;
import static jp.resas.ops.ledger.asset.infrastructure.AwsCloudInventoryTest.JSON_11;
import static jp.resas.ops.ledger.asset.infrastructure.AwsCloudInventoryTest.LIST_CERTIFICATES;
import static jp.resas.ops.ledger.asset.infrastructure.AwsCloudInventoryTest.LIST_DOMAINS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import jp.resas.ops.ledger.asset.CloudInventories;
import jp.resas.ops.ledger.asset.CloudInventory;
import jp.resas.ops.ledger.asset.SoftwareBill;
import jp.resas.ops.monitoring.runs.RunReport;
import jp.resas.ops.monitoring.runs.RunStatus;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.Api;
import jp.resas.ops.testutils.FakeAws;
import jp.resas.ops.testutils.Resources;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.acm.AcmClient;
import software.amazon.awssdk.services.resourcegroupstaggingapi.ResourceGroupsTaggingApiClient;
import software.amazon.awssdk.services.route53domains.Route53DomainsClient;

/**
 * Discovery end to end: the real SDK clients, one local endpoint per region (responses built from the
 * API references), the ledger in PostgreSQL. Tokyo answers; us-east-1 is denied on the second run.
 */
@MicronautTest(transactional = false, environments = "asset-discovery-test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssetDiscoveryTest implements TestPropertyProvider {

    private final FakeAws tokyo = new FakeAws();
    private final FakeAws virginia = new FakeAws();

    @Inject
    DiscoveryService discovery;
    @Inject
    Sql sql;
    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestPlatform.properties());
        properties.put("resas.ledger.regions", "ap-northeast-1, us-east-1");
        return properties;
    }

    @MockBean(CloudInventory.class)
    CloudInventory inventory() {
        return new AwsCloudInventory(
                region -> (region.equals("us-east-1") ? virginia : tokyo).client(ResourceGroupsTaggingApiClient.builder()),
                region -> (region.equals("us-east-1") ? virginia : tokyo).client(AcmClient.builder()),
                virginia.client(Route53DomainsClient.builder()));
    }

    /** The bundled description's monitored accounts hold nothing here; CrossAccountDiscoveryTest reads them. */
    @MockBean(CloudInventories.class)
    CloudInventories monitoredAccounts() {
        return account -> new CloudInventory() {
            @Override
            public java.util.List<jp.resas.ops.ledger.asset.DiscoveredAsset> taggedResources(String region) {
                return java.util.List.of();
            }

            @Override
            public java.util.List<jp.resas.ops.ledger.asset.DiscoveredAsset> certificates(String region) {
                return java.util.List.of();
            }

            @Override
            public java.util.List<jp.resas.ops.ledger.asset.DiscoveredAsset> domains() {
                return java.util.List.of();
            }
        };
    }

    @MockBean(SoftwareBill.class)
    SoftwareBill software() {
        return new CycloneDxSoftwareBill(new ObjectMapper(), getClass().getClassLoader(), "aws/ledger/bom.json");
    }

    @AfterAll
    void stop() {
        tokyo.close();
        virginia.close();
    }

    private String status(String key) {
        return sql.queryOne("SELECT status FROM asset WHERE asset_key = ?", row -> row.getString(1), key).orElseThrow();
    }

    @Test
    void discoveryAddsThenMarksGone_keepsWhatPeopleWrote_andADeniedRegionMarksNothing() {
        tokyo.answerJson(GET_RESOURCES, Resources.text("aws/ledger/apiref_get-resources_page1.json"), JSON_11)
                .answerJson(GET_RESOURCES, Resources.text("aws/ledger/apiref_get-resources_page2.json"), JSON_11)
                .answerJson(LIST_CERTIFICATES, "{\"CertificateSummaryList\":[]}", JSON_11);
        virginia.answerJson(GET_RESOURCES, Resources.text("aws/ledger/apiref_get-resources_us-east-1.json"), JSON_11)
                .answerJson(LIST_CERTIFICATES, Resources.text("aws/ledger/apiref_list-certificates.json"), JSON_11)
                .answerJson(DESCRIBE_CERTIFICATE, Resources.text("aws/ledger/apiref_describe-certificate.json"), JSON_11)
                .answerJson(LIST_DOMAINS, Resources.text("aws/ledger/apiref_list-domains_page2.json"), JSON_11);

        RunReport first = discovery.discover();

        assertThat(first.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(first.counts()).containsEntry("tagging:ap-northeast-1", 3).containsEntry("tagging:us-east-1", 1)
                .containsEntry("acm:us-east-1", 1).containsEntry("route53domains", 1).containsEntry("sbom", 3);
        assertThat(sql.queryOne("SELECT software_version FROM asset WHERE kind = 'SOFTWARE' "
                + "AND asset_key = 'pkg:maven/org.postgresql/postgresql?type=jar'", row -> row.getString(1)))
                .contains("42.7.8");
        long lambda = sql.queryOne("SELECT id FROM asset WHERE name = 'ops API'", row -> row.getLong(1)).orElseThrow();
        Api.Answer read = new Api(http).get("/ledgers/assets/" + lambda, "kato", "viewer");
        Map<String, Object> annotate = new HashMap<>();
        annotate.put("kind", "CLOUD_RESOURCE");
        annotate.put("owner", "基盤班");
        annotate.put("notes", "API の本体。削除しないこと");
        annotate.put("version", read.version());
        Api.Answer annotated = new Api(http).put("/ledgers/assets/" + lambda, annotate, "sato", "operator");
        assertThat(annotated.status()).isEqualTo(200);
        annotate.put("name", "改名");
        annotate.put("version", annotated.version());
        assertThat(new Api(http).put("/ledgers/assets/" + lambda, annotate, "sato", "operator").get("field").asText())
                .isEqualTo("name");

        // Second run: Tokyo no longer has the Lambda function; us-east-1 refuses the Tagging API.
        tokyo.respond(GET_RESOURCES, JSON_11, request -> Resources.text("aws/ledger/apiref_get-resources_page2.json"));
        virginia.answerWhen(GET_RESOURCES, "", 400, JSON_11, ("{\"__type\":\"AccessDeniedException\","
                + "\"Message\":\"not authorized to perform: tag:GetResources\"}").getBytes(StandardCharsets.UTF_8));

        RunReport second = discovery.discover();

        assertThat(second.status()).isEqualTo(RunStatus.PARTIAL);
        assertThat(second.missing()).singleElement().asString().startsWith("tagging:us-east-1: AccessDeniedException");
        assertThat(status("arn:aws:lambda:ap-northeast-1:123456789012:function:resas-ops-api")).isEqualTo("GONE");
        assertThat(status("arn:aws:s3:::resas-ops-access-logs")).isEqualTo("GONE");
        assertThat(status("arn:aws:rds:ap-northeast-1:123456789012:cluster:resas-ops-db")).isEqualTo("ACTIVE");
        assertThat(status("arn:aws:cloudfront::123456789012:distribution/E2QWRUHAPOMQZL")).isEqualTo("ACTIVE");
        assertThat(sql.queryOne("SELECT owner || '|' || notes FROM asset WHERE id = ?", row -> row.getString(1), lambda))
                .contains("基盤班|API の本体。削除しないこと");
        assertThat(sql.queryOne("SELECT count(*) FROM collector_run WHERE collector = 'asset-discovery'",
                row -> row.getInt(1))).contains(2);
    }
}
