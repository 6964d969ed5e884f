package jp.resas.ops.ledger.configuration.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import jp.resas.ops.ledger.configuration.ConfiguredResource;
import jp.resas.ops.ledger.configuration.DeployedConfiguration;
import jp.resas.ops.ledger.configuration.DeployedConfigurations;
import jp.resas.ops.ledger.configuration.infrastructure.AwsDeployedConfiguration;
import jp.resas.ops.ledger.configuration.infrastructure.CloudFormationAnswers;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.Api;
import jp.resas.ops.testutils.FakeAws;
import jp.resas.ops.testutils.TestPlatform;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.config.ConfigClient;

/**
 * The configuration ledger end to end on a real PostgreSQL: the real CloudFormation client against one
 * local endpoint per region answering the Query/XML wire format (aws/ledger/README.md), snapshots on
 * demand over HTTP, unchanged configurations, the diff, a region denied, change requests, roles, the workbook.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConfigurationLedgerApiTest implements TestPropertyProvider {

    private final FakeAws tokyo = new FakeAws();
    private final FakeAws virginia = new FakeAws();
    private final FakeAws virginiaDenied = new FakeAws();
    private final AtomicBoolean denyVirginia = new AtomicBoolean();
    private final CloudFormationAnswers tokyoStacks = new CloudFormationAnswers().serveAll(tokyo);

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Sql sql;

    ConfigurationLedgerApiTest() {
        new CloudFormationAnswers().serveLedgersOnly(virginia);
        virginiaDenied.answer("DescribeStacks", 403, CloudFormationAnswers.XML, CloudFormationAnswers.error("AccessDenied",
                "User: arn:aws:sts::123456789012:assumed-role/ResasOpsLedger/x is not authorized to perform: "
                        + "cloudformation:DescribeStacks"));
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestPlatform.properties());
        properties.put("resas.ledger.regions", "ap-northeast-1,us-east-1");
        properties.put("micronaut.http.client.read-timeout", "60s");
        return properties;
    }

    @MockBean(DeployedConfiguration.class)
    DeployedConfiguration deployed() {
        return new AwsDeployedConfiguration(
                region -> (region.equals("us-east-1") ? denyVirginia.get() ? virginiaDenied : virginia : tokyo)
                        .client(CloudFormationClient.builder()),
                region -> tokyo.client(ConfigClient.builder()), "", new ObjectMapper());
    }

    /** The bundled description's monitored accounts deploy nothing here. */
    @MockBean(DeployedConfigurations.class)
    DeployedConfigurations monitoredAccounts() {
        return account -> new DeployedConfiguration() {
            @Override
            public List<ConfiguredResource> stacks(String region) {
                return List.of();
            }

            @Override
            public List<ConfiguredResource> recorded(String region) {
                return List.of();
            }
        };
    }

    @AfterAll
    void stop() {
        tokyo.close();
        virginia.close();
        virginiaDenied.close();
    }

    private Api api() {
        return new Api(http);
    }

    private long count(String table, String where) {
        return sql.queryOne("SELECT count(*) FROM " + table + " WHERE " + where, row -> row.getLong(1)).orElseThrow();
    }

    static long first;
    static long second;

    @Test
    @Order(1)
    void aSnapshotOnDemand_isStored_andAnUnchangedConfigurationStoresNothing() {
        Api.Answer taken = api().post("/ledgers/configuration/snapshots", Map.of(), "sato", "operator");

        assertThat(taken.status()).isEqualTo(201);
        assertThat(taken.get("unchanged").asBoolean()).isFalse();
        assertThat(taken.get("added").asInt()).isEqualTo(4); // 3 in Tokyo, 1 in us-east-1
        assertThat(taken.get("missing")).isEmpty();
        first = taken.get("snapshotId").asLong();

        Api.Answer again = api().post("/ledgers/configuration/snapshots", Map.of(), "sato", "operator");

        assertThat(again.status()).isEqualTo(200);
        assertThat(again.get("unchanged").asBoolean()).isTrue();
        assertThat(again.get("snapshotId").asLong()).isEqualTo(first);
        assertThat(count("configuration_snapshot", "true")).isEqualTo(1);
        assertThat(count("audit_log", "action = 'configuration.snapshot' AND actor = 'sato'")).isEqualTo(1);
    }

    @Test
    @Order(2)
    void aChangedConfiguration_isADiff_andADeniedRegionIsMissingNotRemoved() {
        tokyoStacks.templates.compute(CloudFormationAnswers.API, (k, t) -> t.replace("\"MemorySize\": 512", "\"MemorySize\": 1024"));
        tokyoStacks.templates.compute(CloudFormationAnswers.LEDGERS, (k, t) -> t.replace("LedgerWatchSchedule0A1B2C3D",
                "AssetDiscoverySchedule9F8E7D6C"));
        tokyoStacks.ledgersResources = tokyoStacks.ledgersResources.replace("LedgerWatchSchedule0A1B2C3D",
                "AssetDiscoverySchedule9F8E7D6C");
        denyVirginia.set(true);

        Api.Answer taken = api().post("/ledgers/configuration/snapshots", Map.of(), "sato", "admin");

        assertThat(taken.status()).isEqualTo(201);
        second = taken.get("snapshotId").asLong();
        assertThat(taken.get("missing")).singleElement().satisfies(m -> {
            assertThat(m.get("scope").asText()).isEqualTo("cloudformation:us-east-1");
            assertThat(m.get("reason").asText()).contains("AccessDenied");
        });
        Api.Answer snapshot = api().get("/ledgers/configuration/snapshots/" + second, "kato", "viewer");
        assertThat(snapshot.status()).isEqualTo(200);
        assertThat(snapshot.get("previousId").asLong()).isEqualTo(first);
        JsonNode diff = snapshot.get("diff");
        assertThat(diff.get("added")).extracting(n -> n.get("key").asText())
                .containsExactly("cloudformation:ap-northeast-1 ResasOps-Ledgers/AssetDiscoverySchedule9F8E7D6C");
        assertThat(diff.get("removed")).extracting(n -> n.get("key").asText())
                .containsExactly("cloudformation:ap-northeast-1 ResasOps-Ledgers/LedgerWatchSchedule0A1B2C3D");
        assertThat(diff.get("changed")).singleElement().satisfies(c -> {
            assertThat(c.get("key").asText()).isEqualTo("cloudformation:ap-northeast-1 ResasOps-Api/ApiFunction1A2B3C4D");
            assertThat(c.get("property").asText()).isEqualTo("MemorySize");
            assertThat(c.get("before").asText()).isEqualTo("512");
            assertThat(c.get("after").asText()).isEqualTo("1024");
        });
        // us-east-1 could not be read: its resource stays, as last read
        assertThat(snapshot.get("resources")).extracting(n -> n.get("scope").asText() + " " + n.get("logicalId").asText())
                .contains("cloudformation:us-east-1 LedgerWatchSchedule0A1B2C3D");

        // still denied, nothing else changed: unchanged
        Api.Answer again = api().post("/ledgers/configuration/snapshots", Map.of(), "sato", "operator");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.get("snapshotId").asLong()).isEqualTo(second);
    }

    @Test
    @Order(3)
    void theList_isNewestFirst_inKeysetPages() {
        Api.Answer page = api().get("/ledgers/configuration/snapshots?limit=1", "kato", "viewer");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.get("items")).extracting(n -> n.get("id").asLong()).containsExactly(second);
        assertThat(page.get("items").get(0).get("changed").asInt()).isEqualTo(1);

        Api.Answer next = api().get("/ledgers/configuration/snapshots?limit=1&cursor=" + page.get("nextCursor").asText(),
                "kato", "viewer");
        assertThat(next.get("items")).extracting(n -> n.get("id").asLong()).containsExactly(first);
        assertThat(next.get("nextCursor").isNull()).isTrue();
        assertThat(api().get("/ledgers/configuration/snapshots?cursor=bogus", "kato", "viewer").status()).isEqualTo(400);
        assertThat(api().get("/ledgers/configuration/snapshots?source=CDK_OUT", "kato", "viewer").get("items")).isEmpty();
        assertThat(api().get("/ledgers/configuration/snapshots/999999", "kato", "viewer").status()).isEqualTo(404);
    }

    @Test
    @Order(4)
    void viewerAndApprover_cannotTakeSnapshots() {
        long before = count("configuration_snapshot", "true");
        tokyoStacks.templates.compute(CloudFormationAnswers.API, (k, t) -> t.replace("java17", "java21"));
        try {
            assertThat(api().post("/ledgers/configuration/snapshots", Map.of(), "kato", "viewer").status()).isEqualTo(403);
            assertThat(api().post("/ledgers/configuration/snapshots", Map.of(), "ito", "approver").status()).isEqualTo(403);
            assertThat(count("configuration_snapshot", "true")).isEqualTo(before);
        } finally {
            tokyoStacks.templates.compute(CloudFormationAnswers.API, (k, t) -> t.replace("java21", "java17"));
        }
    }

    @Test
    @Order(5)
    void aChangeRequestNamesItsSnapshots_withVersion_andOnlyAChangeRequestCan() {
        Api.Answer change = api().post("/change-requests", Map.of("title", "API のメモリ増量", "priority", "MEDIUM",
                "fields", Map.of("changeKind", "CONFIGURATION", "target", "resas-ops-api",
                        "reason", "応答時間の改善")), "sato", "operator");
        Api.Answer issue = api().post("/issues", Map.of("title", "別種のチケット", "priority", "LOW",
                "fields", Map.of("description", "変更要求ではない")), "sato", "operator");
        String uri = "/ledgers/configuration/change-requests/" + change.id();

        assertThat(api().get(uri, "kato", "viewer").status()).isEqualTo(404);
        Api.Answer swapped = api().put(uri, Map.of("before", second, "after", first, "version", 0), "sato", "operator");
        assertThat(swapped.status()).isEqualTo(400);
        assertThat(swapped.get("field").asText()).isEqualTo("after");
        assertThat(api().put(uri, Map.of("before", first, "after", second, "version", 0), "kato", "viewer").status())
                .isEqualTo(403);
        assertThat(api().put("/ledgers/configuration/change-requests/" + issue.id(),
                Map.of("before", first, "after", second, "version", 0), "sato", "operator").status()).isEqualTo(404);

        Api.Answer linked = api().put(uri, Map.of("before", first, "after", second, "version", 0), "sato", "operator");

        assertThat(linked.status()).isEqualTo(200);
        assertThat(linked.get("version").asLong()).isEqualTo(1);
        Api.Answer read = api().get(uri, "kato", "viewer");
        assertThat(read.get("beforeId").asLong()).isEqualTo(first);
        assertThat(read.get("afterId").asLong()).isEqualTo(second);
        // a second writer who read version 0 is refused
        Api.Answer stale = api().put(uri, Map.of("before", second, "version", 0), "suzuki", "admin");
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.get("error").asText()).isEqualTo("STALE_VERSION");
        assertThat(count("audit_log", "action = 'configuration.link' AND target_id = '" + change.id() + "'")).isEqualTo(1);
    }

    @Test
    @Order(6)
    void theWorkbook_isTheLedgerLayout_withTheDiffOnASecondSheet() throws Exception {
        HttpResponse<byte[]> response = http.toBlocking().exchange(HttpRequest
                .GET("/ledgers/configuration/snapshots/" + second + "/export.xlsx")
                .bearerAuth(TestPlatform.token("kato", "viewer")), byte[].class);

        assertThat(response.getHeaders().get("Content-Disposition")).contains("configuration-ledger-" + second + ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            Sheet ledger = workbook.getSheet("構成管理台帳");
            assertThat(ledger.getRow(0).getCell(0).getStringCellValue()).startsWith("構成管理台帳 (スナップショット " + second);
            assertThat(ledger.getRow(1).getCell(0).getStringCellValue()).contains("cloudformation:us-east-1");
            assertThat(ledger.getRow(3).getCell(1).getStringCellValue()).isEqualTo("取得範囲");
            assertThat(ledger.getRow(3).getCell(6).getStringCellValue()).isEqualTo("主要プロパティ");
            assertThat(ledger.getLastRowNum()).isEqualTo(3 + 4);
            Sheet diff = workbook.getSheet("変更差分");
            assertThat(diff.getRow(2).getCell(1).getStringCellValue()).isEqualTo("区分");
            assertThat(diff.getRow(3).getCell(1).getStringCellValue()).isEqualTo("追加");
            assertThat(diff.getRow(5).getCell(1).getStringCellValue()).isEqualTo("変更");
            assertThat(diff.getRow(5).getCell(5).getStringCellValue()).isEqualTo("512");
            assertThat(diff.getRow(5).getCell(6).getStringCellValue()).isEqualTo("1024");
        }
    }
}
