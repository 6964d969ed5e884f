package jp.resas.ops.cost.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.annotation.MockBean;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import jp.resas.ops.cost.CostExplorer;
import jp.resas.ops.cost.infrastructure.AwsCostExplorer;
import jp.resas.ops.cost.infrastructure.CostCollectorService;
import jp.resas.ops.monitoring.runs.CollectionFailedException;
import jp.resas.ops.monitoring.runs.CollectionPeriod;
import jp.resas.ops.monitoring.runs.RunReport;
import jp.resas.ops.monitoring.runs.RunStatus;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.FakeAws;
import jp.resas.ops.testutils.MutableClock;
import jp.resas.ops.testutils.PlatformTest;
import jp.resas.ops.testutils.Resources;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.costexplorer.CostExplorerClient;

/**
 * The cost collector end to end: the real SDK client against recorded Cost Explorer responses,
 * the figures in PostgreSQL, and {@code GET /costs}. Expected figures were added up by hand from the files.
 */
@PlatformTest
class CostCollectorApiTest {

    private static final String GET_COST = "AWSInsightsIndexService.GetCostAndUsage";
    private static final String JSON_11 = "application/x-amz-json-1.1";

    private final FakeAws september = new FakeAws();
    private final FakeAws november = new FakeAws();
    private final MutableClock clock = new MutableClock(Instant.parse("2023-10-04T00:00:00Z"));

    @Inject
    CostCollectorService collector;
    @Inject
    Sql sql;
    @Inject
    @Client("/")
    HttpClient http;

    private CostExplorer explorer = new AwsCostExplorer(september.client(CostExplorerClient.builder()));

    @MockBean(CostExplorer.class)
    CostExplorer explorer() {
        return new CostExplorer() {
            public java.util.List<jp.resas.ops.cost.CostGroup> costAndUsage(jp.resas.ops.cost.CostQuery query) {
                return explorer.costAndUsage(query);
            }

            public java.util.Optional<jp.resas.ops.cost.CostGroup.Amount> forecast(java.time.LocalDate s, java.time.LocalDate e) {
                return explorer.forecast(s, e);
            }
        };
    }

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    @BeforeAll
    void budgetsAndRecordedAnswers() {
        sql.update("INSERT INTO cost_budget (month, threshold) VALUES ('*', 300), ('*', 500), ('2026-11', 5), ('2026-11', 100)");
        september.answerJsonWhen(GET_COST, "\"MONTHLY\"", Resources.text(
                "aws/cost_explorer/cloudscape_get-cost-and-usage_monthly_by_service_6months.json"), JSON_11)
                .answerJsonWhen(GET_COST, "\"DAILY\"", "{\"ResultsByTime\":[],\"GroupDefinitions\":[]}", JSON_11);
        november.answerJsonWhen(GET_COST, "LINKED_ACCOUNT",
                        Resources.text("aws/cost_explorer/derived_get-cost-and-usage_2026-11_monthly_by_account.json"),
                        JSON_11)
                .answerJsonWhen(GET_COST, "\"MONTHLY\"",
                        Resources.text("aws/cost_explorer/derived_get-cost-and-usage_2026-11_monthly.json"), JSON_11)
                .answerJsonWhen(GET_COST, "\"DAILY\"",
                        Resources.text("aws/cost_explorer/derived_get-cost-and-usage_2026-11_daily.json"), JSON_11)
                .answerJson("AWSInsightsIndexService.GetCostForecast",
                        Resources.text("aws/cost_explorer/apiref_get-cost-forecast_2026-11.json"), JSON_11);
    }

    @AfterAll
    void stop() {
        september.close();
        november.close();
    }

    private RunReport collectSeptember() {
        explorer = new AwsCostExplorer(september.client(CostExplorerClient.builder()));
        clock.set(Instant.parse("2023-10-04T00:00:00Z"));
        return collector.collect(CollectionPeriod.month(YearMonth.parse("2023-09")));
    }

    private RunReport collectNovember() {
        explorer = new AwsCostExplorer(november.client(CostExplorerClient.builder()));
        clock.set(Instant.parse("2026-11-03T01:00:00Z"));
        return collector.collect(CollectionPeriod.month(YearMonth.parse("2026-11")));
    }

    private JsonNode get(String uri) {
        return http.toBlocking().retrieve(HttpRequest.GET(uri).bearerAuth(TestPlatform.token("kato", "viewer")),
                JsonNode.class);
    }

    private int count(String query, Object... params) {
        return sql.queryOne(query, row -> row.getInt(1), params).orElseThrow();
    }

    @Test
    void monthBySevice_keepsOnlyTheAskedMonth_withTheRecordedAmounts() {
        collectSeptember();

        assertThat(count("SELECT count(*) FROM cost_monthly WHERE month = '2023-09'")).isEqualTo(26);
        assertThat(count("SELECT count(*) FROM cost_monthly WHERE month <> '2023-09'")).isZero();
        assertThat(sql.queryOne("SELECT sum(unblended) FROM cost_monthly WHERE month = '2023-09'",
                row -> row.getBigDecimal(1))).get().isEqualTo(new BigDecimal("385.3958308832"));
        assertThat(sql.queryOne("SELECT unblended FROM cost_monthly WHERE month = '2023-09' AND service = 'AWS Lambda'",
                row -> row.getBigDecimal(1))).get().isEqualTo(new BigDecimal("10.890445534"));
    }

    @Test
    void amortisedCostAbsentFromTheResponse_isStoredAsMissing_andTheRunSaysSo() {
        RunReport run = collectSeptember();

        assertThat(run.status()).isEqualTo(RunStatus.PARTIAL);
        assertThat(run.missing()).contains("AmortizedCost 2023-09 AWS Lambda");
        assertThat(count("SELECT count(*) FROM cost_monthly WHERE month = '2023-09' AND amortized IS NOT NULL")).isZero();
    }

    @Test
    void rerunningAMonth_replacesItsRows() {
        collectSeptember();
        collectSeptember();

        assertThat(count("SELECT count(*) FROM cost_monthly WHERE month = '2023-09'")).isEqualTo(26);
    }

    @Test
    void actualCostOverAThreshold_opensOneBudgetTicket_howeverOftenItRuns() {
        collectSeptember();
        collectSeptember();

        assertThat(count("SELECT count(*) FROM cost_budget_breach WHERE month = '2023-09' AND threshold = 300 "
                + "AND basis = 'ACTUAL' AND incident_id IS NOT NULL")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM incident WHERE source = 'BUDGET' AND dedup_key = 'budget:2023-09:300:ACTUAL'"))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM cost_budget_breach WHERE month = '2023-09' AND threshold = 500")).isZero();
    }

    @Test
    void runningMonth_forecastIsCostSoFarPlusTheForecastOfTheRest_andCrossesAThreshold() {
        RunReport run = collectNovember();

        assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED);
        // 0.52 + 3.10 + 0.48 + 3.10 = 7.20 so far, + 98.80 forecast for 11-03..11-30
        assertThat(sql.queryOne("SELECT amount FROM cost_forecast WHERE month = '2026-11'", row -> row.getBigDecimal(1)))
                .get().isEqualTo(new BigDecimal("106.00"));
        assertThat(count("SELECT count(*) FROM cost_daily WHERE day BETWEEN '2026-11-01' AND '2026-11-30'")).isEqualTo(4);
        assertThat(sql.query("SELECT basis FROM cost_budget_breach WHERE month = '2026-11' ORDER BY threshold",
                row -> row.getString(1))).containsExactly("ACTUAL", "FORECAST");
    }

    @Test
    void costs_answerByServiceWithTotalsForecastAndBudgetState() {
        collectNovember();

        JsonNode month = get("/costs?month=2026-11");

        assertThat(month.at("/total/unblended").decimalValue()).isEqualByComparingTo("7.20");
        assertThat(month.at("/total/amortized").decimalValue()).isEqualByComparingTo("7.17");
        assertThat(month.at("/services/0/service").asText()).isEqualTo("Amazon Relational Database Service");
        assertThat(month.at("/daily/1/unblended").decimalValue()).isEqualByComparingTo("3.58");
        assertThat(month.at("/forecast/amount").decimalValue()).isEqualByComparingTo("106.00");
        assertThat(month.get("budgets")).extracting(b -> b.get("state").asText())
                .containsExactly("OVER", "FORECAST_OVER", "OK", "OK");
        assertThat(month.at("/lastRun/status").asText()).isEqualTo("SUCCEEDED");
    }

    @Test
    void theMonthByLinkedAccount_isAskedGroupedByAccountThenService() throws Exception {
        collectNovember();

        FakeAws.Request byAccount = november.requests(GET_COST).stream()
                .filter(r -> r.body().contains("LINKED_ACCOUNT")).findFirst().orElseThrow();
        JsonNode body = new com.fasterxml.jackson.databind.ObjectMapper().readTree(byAccount.body());
        assertThat(body.get("Granularity").asText()).isEqualTo("MONTHLY");
        assertThat(body.at("/GroupBy/0/Key").asText()).isEqualTo("LINKED_ACCOUNT");
        assertThat(body.at("/GroupBy/1/Key").asText()).isEqualTo("SERVICE");
        assertThat(body.get("GroupBy")).hasSize(2);
        assertThat(count("SELECT count(*) FROM cost_account_monthly WHERE month = '2026-11'")).isEqualTo(4);
    }

    @Test
    void costs_answerPerLinkedAccount_mappedToTheDescription_largestFirst() {
        collectNovember();

        JsonNode accounts = get("/costs?month=2026-11").get("accounts");

        assertThat(accounts).extracting(a -> a.get("accountId").asText())
                .containsExactly("210987654321", "110987654321", "999988887777");
        JsonNode resas = accounts.get(0);
        assertThat(resas.get("owner").asText()).isEqualTo("RESAS");
        assertThat(resas.get("ownerName").asText()).isEqualTo("RESAS（地域経済分析システム）");
        assertThat(resas.get("name").asText()).isEqualTo("resas-prod");
        // 6.20 + 0.60 and 6.20 + 0.58
        assertThat(resas.get("unblended").decimalValue()).isEqualByComparingTo("6.80");
        assertThat(resas.get("amortized").decimalValue()).isEqualByComparingTo("6.78");
        assertThat(resas.get("services")).extracting(s -> s.get("service").asText())
                .containsExactly("Amazon Relational Database Service", "AWS Lambda");
        JsonNode ops = accounts.get(1);
        assertThat(ops.get("owner").asText()).isEqualTo("RESAS_OPS");
        assertThat(ops.get("ownerName").asText()).isEqualTo("RESAS Ops（運用保守基盤）");
        assertThat(ops.get("unblended").decimalValue()).isEqualByComparingTo("0.30");
        JsonNode unlisted = accounts.get(2);
        assertThat(unlisted.get("owner").asText()).isEqualTo("UNLISTED");
        assertThat(unlisted.get("ownerName").asText()).isEqualTo("監視対象の記述にないアカウント");
        assertThat(unlisted.path("name").isNull() || unlisted.path("name").isMissingNode()).isTrue();
        // every account's services add up to the month's total by service (7.20)
        assertThat(sql.queryOne("SELECT sum(unblended) FROM cost_account_monthly WHERE month = '2026-11'",
                row -> row.getBigDecimal(1))).get().isEqualTo(new BigDecimal("7.20"));
    }

    @Test
    void anAnswerNotGroupedByAccount_isNamedMissing_andStoresNoAccountRow() {
        RunReport run = collectSeptember();

        assertThat(run.missing()).anySatisfy(line -> assertThat(line)
                .startsWith("cost by linked account 2023-09: 26 group(s) not keyed by LINKED_ACCOUNT and SERVICE"));
        assertThat(count("SELECT count(*) FROM cost_account_monthly WHERE month = '2023-09'")).isZero();
    }

    @Test
    void costs_asCsv_areTheServiceRows() {
        collectNovember();

        String csv = http.toBlocking().retrieve(HttpRequest.GET("/costs?month=2026-11").accept("text/csv")
                .bearerAuth(TestPlatform.token("kato", "viewer")), String.class);

        assertThat(csv.lines()).containsExactly(
                "\uFEFFmonth,service,tag_value,unblended_cost,amortized_cost,unit,estimated",
                "2026-11,Amazon Relational Database Service,,6.20,6.20,USD,true",
                "2026-11,AWS Lambda,,1.00,0.97,USD,true");
    }

    @Test
    void badMonth_is400NamingTheField() {
        assertThatThrownBy(() -> get("/costs?month=2026-13"))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e -> {
                    assertThat(e.getStatus().getCode()).isEqualTo(400);
                    assertThat(e.getResponse().getBody(JsonNode.class).orElseThrow().get("field").asText()).isEqualTo("month");
                });
    }

    @Test
    void threeFailuresInARow_openOneCollectorIncident_andKeepThePreviousFigures() {
        collectSeptember();
        int before = count("SELECT count(*) FROM cost_monthly WHERE month = '2023-09'");
        try (FakeAws broken = new FakeAws()) {
            explorer = new AwsCostExplorer(broken.client(CostExplorerClient.builder()));
            for (int i = 0; i < 4; i++) {
                assertThatThrownBy(() -> collector.collect(CollectionPeriod.month(YearMonth.parse("2023-09"))))
                        .isInstanceOf(CollectionFailedException.class).hasMessageContaining("cost-collector failed for 2023-09");
            }
        }

        assertThat(count("SELECT count(*) FROM cost_monthly WHERE month = '2023-09'")).isEqualTo(before);
        assertThat(sql.queryOne("SELECT occurrences FROM incident WHERE dedup_key = 'collector:cost-collector'",
                row -> row.getInt(1))).contains(2);
        collectSeptember();
    }
}
