package jp.resas.ops.monitoring.metrics.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.monitoring.metrics.MetricSource;
import jp.resas.ops.monitoring.metrics.MetricSources;
import jp.resas.ops.monitoring.metrics.infrastructure.AwsMetricSource;
import jp.resas.ops.monitoring.metrics.infrastructure.GetMetricDataXml;
import jp.resas.ops.monitoring.metrics.infrastructure.MetricsCollectorService;
import jp.resas.ops.monitoring.runs.CollectionPeriod;
import jp.resas.ops.monitoring.runs.RunReport;
import jp.resas.ops.monitoring.runs.RunStatus;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.FakeAws;
import jp.resas.ops.testutils.MutableClock;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;

/**
 * The metrics collector against CloudWatch's query-protocol wire format. Daily values come from the
 * LocalStack snapshot {@code test_get_metric_data_with_zero_and_labels[query]} (Sum 116.5, Average
 * 19.416666666666668, Minimum 0.0, Maximum 100.0) and the AWS CLI example (96.85, used for p95);
 * Throttles answers no datapoint. Five-minute API metrics: 100 requests in every period but the
 * eleventh (none), 10 errors in the sixth (10% > 5%), 1 in the seventh (1%).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MetricsCollectorApiTest implements TestPropertyProvider {

    private static final LocalDate DAY = LocalDate.parse("2026-11-25");
    private static final Map<String, Double> RECORDED = Map.of("Sum", 116.5, "Average", 19.416666666666668,
            "Minimum", 0.0, "Maximum", 100.0, "p95", 96.85);

    private final FakeAws home = new FakeAws();
    private final FakeAws global = new FakeAws();

    @Inject
    MetricsCollectorService collector;
    @Inject
    Sql sql;
    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestPlatform.properties());
        properties.put("resas.metrics.functions", "resas-ops-api");
        properties.put("resas.metrics.api-id", "a1b2c3d4e5");
        properties.put("resas.metrics.db-cluster", "resas-ops");
        properties.put("resas.metrics.buckets", "resas-ops-reports");
        properties.put("resas.metrics.distribution-id", "E2EXAMPLE");
        return properties;
    }

    @MockBean(MetricSource.class)
    MetricSource source() {
        return new AwsMetricSource(home.client(CloudWatchClient.builder()), global.client(CloudWatchClient.builder()));
    }

    /** RESAS's services (the bundled description) are answered by the same endpoints; this test checks RESAS Ops' own. */
    @MockBean(MetricSources.class)
    MetricSources sources() {
        return service -> source();
    }

    @MockBean(Clock.class)
    Clock clock() {
        return new MutableClock(Instant.parse("2026-12-01T03:00:00Z"));
    }

    @BeforeAll
    void collectOneDay() {
        home.respond("GetMetricData", "text/xml", MetricsCollectorApiTest::answer);
        global.respond("GetMetricData", "text/xml", MetricsCollectorApiTest::answer);
        collector.collect(CollectionPeriod.day(DAY));
    }

    @AfterAll
    void stop() {
        home.close();
        global.close();
    }

    /** Answers each query of the request by its stat and period, in two pages for the five-minute ones. */
    private static String answer(FakeAws.Request request) {
        Map<String, String> form = request.form();
        Instant start = Instant.parse(form.get("StartTime"));
        boolean secondPage = form.containsKey("NextToken");
        List<GetMetricDataXml.Result> results = new ArrayList<>();
        boolean paged = false;
        for (int n = 1; form.containsKey("MetricDataQueries.member." + n + ".Id"); n++) {
            String prefix = "MetricDataQueries.member." + n + ".";
            String id = form.get(prefix + "Id");
            String metric = form.get(prefix + "MetricStat.Metric.MetricName");
            String stat = form.get(prefix + "MetricStat.Stat");
            if (form.get(prefix + "MetricStat.Period").equals("300")) {
                paged = true;
                results.add(fiveMinutes(id, metric, start, secondPage));
            } else if (!secondPage && !metric.equals("Throttles")) {
                results.add(new GetMetricDataXml.Result(id, metric, "Complete", List.of(start), List.of(RECORDED.get(stat))));
            }
        }
        return GetMetricDataXml.response(results, paged && !secondPage ? "page-2" : null);
    }

    private static GetMetricDataXml.Result fiveMinutes(String id, String metric, Instant start, boolean secondPage) {
        List<Instant> times = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (int slot = secondPage ? 144 : 0; slot < (secondPage ? 288 : 144); slot++) {
            double value = metric.equals("Count") ? 100 : slot == 5 ? 10 : slot == 6 ? 1 : 0;
            if (slot != 10) {
                times.add(start.plusSeconds(300L * slot));
                values.add(value);
            }
        }
        return new GetMetricDataXml.Result(id, metric, secondPage ? "Complete" : "PartialData", times, values);
    }

    private Double stored(String metric, String stat) {
        return sql.queryOne("SELECT value FROM metric_daily WHERE day = ? AND metric = ? AND stat = ? AND service = 'resas-ops'",
                row -> row.getDouble(1), DAY, metric, stat).orElse(null);
    }

    private JsonNode get(String uri) {
        return http.toBlocking().retrieve(HttpRequest.GET(uri).bearerAuth(TestPlatform.token("kato", "viewer")),
                JsonNode.class);
    }

    @Test
    void dailyValues_areTheRecordedFigures_byStatistic() {
        assertThat(stored("Invocations", "Sum")).isEqualTo(116.5);
        assertThat(stored("Duration", "p95")).isEqualTo(96.85);
        assertThat(stored("BucketSizeBytes", "Average")).isEqualTo(19.416666666666668);
        assertThat(stored("ConcurrentExecutions", "Maximum")).isEqualTo(100.0);
    }

    @Test
    void aMetricWithoutDatapoints_isNotStored_andTheRunNamesIt() {
        assertThat(stored("Throttles", "Sum")).isNull();
        assertThat(sql.queryOne("SELECT status || ' ' || missing::text FROM collector_run WHERE collector = 'metrics-collector'",
                row -> row.getString(1))).get().asString()
                .startsWith("PARTIAL").contains("resas-ops: AWS/Lambda Throttles Sum resas-ops-api: no datapoint");
    }

    @Test
    void valuesAboveHeadroomLimits_areFlagged() {
        assertThat(sql.query("SELECT metric FROM metric_daily WHERE day = ? AND breached AND service = 'resas-ops' ORDER BY metric",
                row -> row.getString(1), DAY)).containsExactly("5xxErrorRate", "CPUUtilization", "ServerlessDatabaseCapacity");
    }

    @Test
    void cloudFrontMetrics_areAskedOfTheGlobalRegionClient() {
        assertThat(global.requests()).isNotEmpty().allSatisfy(request -> assertThat(request.form())
                .containsEntry("MetricDataQueries.member.1.MetricStat.Metric.Namespace", "AWS/CloudFront"));
        assertThat(home.requests()).allSatisfy(request -> assertThat(request.body()).doesNotContain("CloudFront"));
    }

    @Test
    void availability_countsTheBreachedAndIdleFiveMinutePeriods() {
        JsonNode month = get("/monitoring/availability?month=2026-11&service=resas-ops");

        assertThat(month.get("periods").asInt()).isEqualTo(288);
        assertThat(month.get("breachedPeriods").asInt()).isEqualTo(1);
        assertThat(month.get("idlePeriods").asInt()).isEqualTo(1);
        // (288 - 1) / 288 = 99.6527…%
        assertThat(month.get("availabilityPercent").decimalValue()).isEqualByComparingTo("99.652");
        assertThat(month.get("missingDays")).hasSize(29);
    }

    @Test
    void rerunningTheDay_replacesIt() {
        int before = sql.queryOne("SELECT count(*) FROM metric_daily", row -> row.getInt(1)).orElseThrow();

        RunReport again = collector.collect(CollectionPeriod.day(DAY)).get(0);

        assertThat(again.status()).isEqualTo(RunStatus.PARTIAL);
        assertThat(sql.queryOne("SELECT count(*) FROM metric_daily", row -> row.getInt(1))).contains(before);
    }

    @Test
    void metrics_answerTheDaysRows_andAsCsv() {
        JsonNode metrics = get("/monitoring/metrics?from=2026-11-25&to=2026-11-25&service=resas-ops");
        String csv = http.toBlocking().retrieve(HttpRequest.GET("/monitoring/metrics?from=2026-11-25&to=2026-11-25&service=resas-ops")
                .accept("text/csv").bearerAuth(TestPlatform.token("kato", "viewer")), String.class);

        // 18 daily queries for one function, API, cluster, bucket and distribution; Throttles had no data
        assertThat(metrics.get("items")).hasSize(17);
        assertThat(csv.lines()).hasSize(18).contains("2026-11-25,resas-ops,AWS/RDS,CPUUtilization,resas-ops,Maximum,100.0,80.0,true");
    }

    @Test
    void rangeEndingBeforeItStarts_is400NamingTo() {
        assertThatThrownBy(() -> get("/monitoring/metrics?from=2026-11-25&to=2026-11-24"))
                .isInstanceOfSatisfying(HttpClientResponseException.class, e ->
                        assertThat(e.getResponse().getBody(JsonNode.class).orElseThrow().get("field").asText()).isEqualTo("to"));
    }
}
