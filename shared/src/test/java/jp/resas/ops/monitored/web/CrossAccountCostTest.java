package jp.resas.ops.monitored.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.cost.CostExplorer;
import jp.resas.ops.cost.infrastructure.AwsCostExplorer;
import jp.resas.ops.cost.infrastructure.CostCollectorService;
import jp.resas.ops.cost.infrastructure.CostExplorerClients;
import jp.resas.ops.monitored.MonitoredSystem;
import jp.resas.ops.monitored.infrastructure.AccountCredentials;
import jp.resas.ops.monitoring.runs.CollectionPeriod;
import jp.resas.ops.monitoring.runs.RunReport;
import jp.resas.ops.monitoring.runs.RunStatus;
import jp.resas.ops.platform.aws.AwsSettings;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.AssumedRoles;
import jp.resas.ops.testutils.FakeAws;
import jp.resas.ops.testutils.MutableClock;
import jp.resas.ops.testutils.Resources;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The cost collector reading the payer's Cost Explorer, which a description names in
 * {@code costExplorerAccount}: the payer's role is assumed through STS (query/XML on a local endpoint)
 * and GetCostAndUsage / GetCostForecast (JSON 1.1, the recorded answers of {@code CostCollectorApiTest})
 * are signed with its credentials for us-east-1, Cost Explorer's one region.
 */
@MicronautTest(transactional = false, environments = "cross-account-cost-test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossAccountCostTest implements TestPropertyProvider {

    private static final String GET_COST = "AWSInsightsIndexService.GetCostAndUsage";
    private static final String JSON_11 = "application/x-amz-json-1.1";
    private static final String PAYER_KEY = "ASIAPAYEREXAMPLE0001";

    private final FakeAws sts = new FakeAws();
    private final FakeAws costExplorer = new FakeAws();
    private RunReport run;

    @Inject
    CostCollectorService collector;
    @Inject
    Sql sql;

    /** The bundled description with resas-prod named as the payer whose Cost Explorer is read. */
    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestPlatform.properties());
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("monitored-system.json")) {
            String sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Path file = Files.createTempFile("monitored-system", ".json");
            file.toFile().deleteOnExit();
            Files.writeString(file, sample.replace("\"accounts\": [", "\"costExplorerAccount\": \"resas-prod\",\n  \"accounts\": ["));
            properties.put("resas.monitored-system", file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    @MockBean(StsClient.class)
    StsClient stsClient() {
        return sts.client(StsClient.builder());
    }

    /** The production choice of account and credentials ({@link CostExplorerClients}), pointed at the local endpoint. */
    @MockBean(CostExplorer.class)
    CostExplorer explorer(MonitoredSystem system, AccountCredentials credentials) {
        return new AwsCostExplorer(CostExplorerClients.builder(system, credentials, new AwsSettings(null, null))
                .endpointOverride(costExplorer.endpoint()).build());
    }

    @MockBean(Clock.class)
    Clock clock() {
        return new MutableClock(Instant.parse("2026-11-03T01:00:00Z"));
    }

    @BeforeAll
    void collect() {
        AssumedRoles.grant(sts, "210987654321", PAYER_KEY);
        costExplorer.answerJsonWhen(GET_COST, "LINKED_ACCOUNT",
                        Resources.text("aws/cost_explorer/derived_get-cost-and-usage_2026-11_monthly_by_account.json"),
                        JSON_11)
                .answerJsonWhen(GET_COST, "\"MONTHLY\"",
                        Resources.text("aws/cost_explorer/derived_get-cost-and-usage_2026-11_monthly.json"), JSON_11)
                .answerJsonWhen(GET_COST, "\"DAILY\"",
                        Resources.text("aws/cost_explorer/derived_get-cost-and-usage_2026-11_daily.json"), JSON_11)
                .answerJson("AWSInsightsIndexService.GetCostForecast",
                        Resources.text("aws/cost_explorer/apiref_get-cost-forecast_2026-11.json"), JSON_11);
        run = collector.collect(CollectionPeriod.month(YearMonth.parse("2026-11")));
    }

    @AfterAll
    void stop() {
        List.of(sts, costExplorer).forEach(FakeAws::close);
    }

    @Test
    void thePayersRole_isAssumed_andCostExplorerIsAskedWithItsCredentials_inUsEast1() {
        assertThat(sts.requests("AssumeRole")).extracting(FakeAws.Request::form).singleElement()
                .satisfies(form -> assertThat(form).containsEntry("RoleArn", "arn:aws:iam::210987654321:role/ResasOpsRead")
                        .containsEntry("ExternalId", "resas-ops-read-7f3c2a"));
        assertThat(costExplorer.requests()).hasSizeGreaterThanOrEqualTo(3).allSatisfy(request -> {
            assertThat(request.header("Authorization")).contains("Credential=" + PAYER_KEY + "/")
                    .contains("/us-east-1/ce/aws4_request");
            assertThat(request.header("X-Amz-Security-Token")).isEqualTo(AssumedRoles.SESSION_TOKEN);
        });
    }

    @Test
    void thePayersFigures_areStored() {
        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        assertThat(sql.queryOne("SELECT count(*) FROM cost_monthly WHERE month = '2026-11'", row -> row.getInt(1))
                .orElseThrow()).isPositive();
        assertThat(sql.queryOne("SELECT count(*) FROM cost_forecast WHERE month = '2026-11'", row -> row.getInt(1))
                .orElseThrow()).isEqualTo(1);
    }

    @Test
    void thePayersBill_isStoredPerLinkedAccount_eachNamedAsTheDescriptionDoes() {
        assertThat(sql.query("SELECT account_id, owner, coalesce(account_name, '-') AS name, sum(unblended) AS u "
                + "FROM cost_account_monthly WHERE month = '2026-11' GROUP BY account_id, owner, account_name "
                + "ORDER BY account_id", row -> row.getString("account_id") + " " + row.getString("owner") + " "
                + row.getString("name") + " " + row.getBigDecimal("u").toPlainString()))
                .containsExactly("110987654321 RESAS_OPS resas-ops 0.30", "210987654321 RESAS resas-prod 6.80",
                        "999988887777 UNLISTED - 0.10");
    }
}
