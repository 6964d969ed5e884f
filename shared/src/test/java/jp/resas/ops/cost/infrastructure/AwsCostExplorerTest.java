package jp.resas.ops.cost.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jp.resas.ops.cost.CostGroup;
import jp.resas.ops.cost.CostQuery;
import jp.resas.ops.testutils.FakeAws;
import jp.resas.ops.testutils.Resources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.costexplorer.CostExplorerClient;

/**
 * The real Cost Explorer client against recorded responses. SDK 2.40.2 speaks JSON 1.1 to it:
 * {@code POST /}, {@code Content-Type: application/x-amz-json-1.1},
 * {@code X-Amz-Target: AWSInsightsIndexService.<Operation>}.
 */
class AwsCostExplorerTest {

    private static final String GET_COST = "AWSInsightsIndexService.GetCostAndUsage";
    private static final String JSON_11 = "application/x-amz-json-1.1";

    private final FakeAws aws = new FakeAws();
    private final AwsCostExplorer explorer = new AwsCostExplorer(aws.client(CostExplorerClient.builder()));

    @AfterEach
    void stop() {
        aws.close();
    }

    @Test
    void request_isJson11_groupedByServiceAndTag_askingForBothCosts() throws Exception {
        aws.answerJson(GET_COST, Resources.text("aws/cost_explorer/awscli_get-cost-and-usage.02.output.json"), JSON_11);

        explorer.costAndUsage(new CostQuery(LocalDate.parse("2017-09-01"), LocalDate.parse("2017-10-01"),
                CostQuery.Granularity.MONTHLY, Optional.of("Environment")));

        FakeAws.Request request = aws.requests().get(0);
        assertThat(request.header("Content-Type")).isEqualTo(JSON_11);
        JsonNode body = new ObjectMapper().readTree(request.body());
        assertThat(body.at("/TimePeriod/Start").asText()).isEqualTo("2017-09-01");
        assertThat(body.get("Granularity").asText()).isEqualTo("MONTHLY");
        assertThat(body.get("Metrics")).extracting(JsonNode::asText).containsExactly("AmortizedCost", "UnblendedCost");
        assertThat(body.at("/GroupBy/0/Key").asText()).isEqualTo("SERVICE");
        assertThat(body.at("/GroupBy/1/Type").asText()).isEqualTo("TAG");
        assertThat(body.at("/GroupBy/1/Key").asText()).isEqualTo("Environment");
    }

    @Test
    void recordedResponse_becomesOneGroupPerServiceAndTag_withTheAmountsAsWritten() {
        aws.answerJson(GET_COST, Resources.text("aws/cost_explorer/awscli_get-cost-and-usage.02.output.json"), JSON_11);

        List<CostGroup> groups = explorer.costAndUsage(new CostQuery(LocalDate.parse("2017-09-01"),
                LocalDate.parse("2017-10-01"), CostQuery.Granularity.MONTHLY, Optional.of("Environment")));

        assertThat(groups).extracting(CostGroup::keys).containsExactly(
                List.of("Amazon Simple Storage Service", "Environment$"),
                List.of("Amazon Simple Storage Service", "Environment$Dev"));
        assertThat(groups.get(0).metrics().get("UnblendedCost").value()).isEqualByComparingTo("40.3543773134");
        assertThat(groups.get(0).metrics()).doesNotContainKey("AmortizedCost");
        assertThat(groups.get(0).periodStart()).isEqualTo(LocalDate.parse("2017-09-01"));
    }

    @Test
    void pages_areFollowedUntilThereIsNoToken() {
        String recorded = Resources.text("aws/cost_explorer/awscli_get-cost-and-usage.02.output.json");
        aws.answerJson(GET_COST, recorded.replaceFirst("\\{", "{\"NextPageToken\":\"page-2\","), JSON_11)
                .answerJson(GET_COST, recorded, JSON_11);

        List<CostGroup> groups = explorer.costAndUsage(new CostQuery(LocalDate.parse("2017-09-01"),
                LocalDate.parse("2017-10-01"), CostQuery.Granularity.MONTHLY, Optional.empty()));

        assertThat(groups).hasSize(4);
        assertThat(aws.requests(GET_COST)).hasSize(2);
        assertThat(aws.requests(GET_COST).get(1).body()).contains("\"NextPageToken\":\"page-2\"");
    }

    @Test
    void forecast_readsTheTotal_shapedAsTheApiReferenceShows() {
        aws.answerJson("AWSInsightsIndexService.GetCostForecast",
                Resources.text("aws/cost_explorer/apiref_get-cost-forecast_2026-11.json"), JSON_11);

        Optional<CostGroup.Amount> forecast = explorer.forecast(LocalDate.parse("2026-11-03"), LocalDate.parse("2026-12-01"));

        assertThat(forecast).map(CostGroup.Amount::value).contains(new BigDecimal("98.80"));
        assertThat(aws.requests().get(0).body()).contains("\"Metric\":\"UNBLENDED_COST\"");
    }

    @Test
    void forecastWithTooLittleHistory_isEmpty_notZero() {
        aws.answer("AWSInsightsIndexService.GetCostForecast", 400, JSON_11,
                "{\"__type\":\"DataUnavailableException\",\"Message\":\"Insufficient amount of historical data\"}"
                        .getBytes());

        assertThat(explorer.forecast(LocalDate.parse("2026-11-03"), LocalDate.parse("2026-12-01"))).isEmpty();
    }
}
