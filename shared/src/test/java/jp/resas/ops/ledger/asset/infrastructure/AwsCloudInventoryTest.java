package jp.resas.ops.ledger.asset.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import jp.resas.ops.ledger.asset.AssetKind;
import jp.resas.ops.ledger.asset.DiscoveredAsset;
import jp.resas.ops.ledger.asset.SourceUnavailableException;
import jp.resas.ops.testutils.FakeAws;
import jp.resas.ops.testutils.Resources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.acm.AcmClient;
import software.amazon.awssdk.services.resourcegroupstaggingapi.ResourceGroupsTaggingApiClient;
import software.amazon.awssdk.services.route53domains.Route53DomainsClient;

/**
 * The real SDK clients against a local endpoint answering responses built from the API references
 * (aws/ledger/README.md). All three speak JSON 1.1: {@code POST /},
 * {@code X-Amz-Target: <service prefix>.<Operation>}.
 */
class AwsCloudInventoryTest {

    static final String JSON_11 = "application/x-amz-json-1.1";
    static final String GET_RESOURCES = "ResourceGroupsTaggingAPI_20170126.GetResources";
    static final String LIST_CERTIFICATES = "CertificateManager.ListCertificates";
    static final String DESCRIBE_CERTIFICATE = "CertificateManager.DescribeCertificate";
    static final String LIST_DOMAINS = "Route53Domains_v20140515.ListDomains";

    private final FakeAws aws = new FakeAws();
    private final AwsCloudInventory inventory = new AwsCloudInventory(
            region -> aws.client(ResourceGroupsTaggingApiClient.builder()),
            region -> aws.client(AcmClient.builder()), aws.client(Route53DomainsClient.builder()));

    @AfterEach
    void stop() {
        aws.close();
    }

    @Test
    void taggedResources_followEveryPage_andNameEachByItsNameTagOrArn() {
        aws.answerJson(GET_RESOURCES, Resources.text("aws/ledger/apiref_get-resources_page1.json"), JSON_11)
                .answerJson(GET_RESOURCES, Resources.text("aws/ledger/apiref_get-resources_page2.json"), JSON_11);

        List<DiscoveredAsset> found = inventory.taggedResources("ap-northeast-1");

        assertThat(found).extracting(DiscoveredAsset::name).containsExactly("ops API", "resas-ops-access-logs",
                "resas-ops-db");
        assertThat(found).allSatisfy(asset -> {
            assertThat(asset.kind()).isEqualTo(AssetKind.CLOUD_RESOURCE);
            assertThat(asset.scope()).isEqualTo("tagging:ap-northeast-1");
        });
        assertThat(found.get(0).attributes()).containsEntry("resourceType", "lambda:function")
                .containsEntry("tag:Project", "resas-ops").containsEntry("account", "123456789012");
        assertThat(found.get(2).attributes()).containsEntry("resourceType", "rds:cluster");
        assertThat(aws.requests(GET_RESOURCES)).hasSize(2);
        assertThat(aws.requests(GET_RESOURCES).get(1).body()).contains("\"PaginationToken\":\"eyJleGNsdXNpdmVTdGFydEtleSI6ezF9fQ==\"");
    }

    @Test
    void throttling_isRetriedByTheSdk_andTheScopeStillReadsInFull() {
        aws.answer(GET_RESOURCES, 400, JSON_11, ("{\"__type\":\"ThrottledException\",\"Message\":\"Rate exceeded\"}")
                .getBytes(StandardCharsets.UTF_8))
                .answerJson(GET_RESOURCES, Resources.text("aws/ledger/apiref_get-resources_page2.json"), JSON_11);

        List<DiscoveredAsset> found = inventory.taggedResources("ap-northeast-1");

        assertThat(found).hasSize(1);
        assertThat(aws.requests(GET_RESOURCES)).hasSize(2);
    }

    @Test
    void accessDenied_makesTheScopeUnavailable_namingTheCode() {
        aws.answer(GET_RESOURCES, 400, JSON_11, ("{\"__type\":\"AccessDeniedException\",\"Message\":\"User: "
                + "arn:aws:sts::123456789012:assumed-role/ResasOpsRead/x is not authorized to perform: "
                + "tag:GetResources\"}").getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> inventory.taggedResources("us-east-1"))
                .isInstanceOf(SourceUnavailableException.class)
                .hasMessageContaining("AccessDeniedException").hasMessageContaining("tag:GetResources");
        assertThat(aws.requests(GET_RESOURCES)).hasSize(1);
    }

    @Test
    void certificates_areListedWithEveryKeyType_andDescribedOneByOne() {
        aws.answerJson(LIST_CERTIFICATES, Resources.text("aws/ledger/apiref_list-certificates.json"), JSON_11)
                .answerJson(DESCRIBE_CERTIFICATE, Resources.text("aws/ledger/apiref_describe-certificate.json"), JSON_11);

        List<DiscoveredAsset> found = inventory.certificates("us-east-1");

        assertThat(found).singleElement().satisfies(certificate -> {
            assertThat(certificate.kind()).isEqualTo(AssetKind.CERTIFICATE);
            assertThat(certificate.name()).isEqualTo("resas.example.go.jp");
            assertThat(certificate.endsOn()).isEqualTo(LocalDate.parse("2026-06-23"));
            assertThat(certificate.attributes()).containsEntry("renewalEligibility", "ELIGIBLE")
                    .containsEntry("type", "AMAZON_ISSUED")
                    .containsEntry("inUseBy", "arn:aws:cloudfront::123456789012:distribution/E2QWRUHAPOMQZL");
        });
        assertThat(aws.requests(LIST_CERTIFICATES).get(0).body()).contains("\"keyTypes\":[", "\"EC_prime256v1\"");
        assertThat(aws.requests(DESCRIBE_CERTIFICATE).get(0).body())
                .contains("certificate/12345678-1234-1234-1234-123456789012");
    }

    @Test
    void domains_followTheMarker_withExpiryInJapanTimeAndAutoRenew() {
        aws.answerJson(LIST_DOMAINS, Resources.text("aws/ledger/apiref_list-domains_page1.json"), JSON_11)
                .answerJson(LIST_DOMAINS, Resources.text("aws/ledger/apiref_list-domains_page2.json"), JSON_11);

        List<DiscoveredAsset> found = inventory.domains();

        assertThat(found).extracting(DiscoveredAsset::key).containsExactly("resas-ops.example.jp", "resas-status.example.jp");
        assertThat(found).extracting(DiscoveredAsset::endsOn).containsExactly(LocalDate.parse("2027-01-01"),
                LocalDate.parse("2026-08-07"));
        assertThat(found.get(1).attributes()).containsEntry("autoRenew", "false");
        assertThat(aws.requests(LIST_DOMAINS).get(1).body()).contains("\"Marker\":\"AxDAClaROQAXasf29GHWE\"");
    }
}
