package jp.resas.ops.monitoring.logs.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import jp.resas.ops.monitoring.logs.InsightsResult;
import jp.resas.ops.monitoring.logs.LogInsights;
import jp.resas.ops.monitoring.logs.LogInsightsSources;
import jp.resas.ops.monitoring.logs.infrastructure.AwsLogInsights;
import jp.resas.ops.monitoring.logs.infrastructure.LogCollectorService;
import jp.resas.ops.monitoring.runs.CollectionPeriod;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.FakeAws;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;

/**
 * The log collector against Logs Insights' wire format: JSON 1.1, {@code X-Amz-Target:
 * Logs_20140328.StartQuery} / {@code .GetQueryResults}. No recorded GetQueryResults response exists
 * in any licensed sample, so the answers are built from the API reference (docs.aws.amazon.com/
 * AmazonCloudWatchLogs/latest/APIReference/API_GetQueryResults.html): {@code results} as arrays of
 * {@code {field, value}}, {@code statistics}, {@code status} Scheduled → Running → Complete.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LogCollectorApiTest implements TestPropertyProvider {

    private static final String JSON_11 = "application/x-amz-json-1.1";
    private static final String RESULTS = "Logs_20140328.GetQueryResults";
    private static final LocalDate DAY = LocalDate.parse("2026-11-25");

    private final FakeAws logs = new FakeAws();
    private final List<Duration> sleeps = new CopyOnWriteArrayList<>();

    @Inject
    LogCollectorService collector;
    @Inject
    Sql sql;
    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestPlatform.properties());
        properties.put("resas.logs.error-log-groups", "/aws/lambda/ResasOps-Api-OpsApi,/aws/lambda/ResasOps-AlarmIntake");
        properties.put("resas.logs.api-access-log-group", "/resas-ops/api-access");
        return properties;
    }

    @MockBean(LogInsights.class)
    LogInsights insights() {
        return new AwsLogInsights(logs.client(CloudWatchLogsClient.builder()), sleeps::add, Duration.ofSeconds(2), 5);
    }

    /** RESAS's services (the bundled description) answer no errors here; this test checks RESAS Ops' own figures. */
    @MockBean(LogInsightsSources.class)
    LogInsightsSources sources() {
        return service -> query -> new InsightsResult(List.of(), false);
    }

    private static String status(String status, String results) {
        return "{\"results\":" + results + ",\"statistics\":{\"recordsMatched\":5.0,\"recordsScanned\":1200.0,"
                + "\"bytesScanned\":240000.0},\"status\":\"" + status + "\"}";
    }

    private static String field(String name, String value) {
        return "{\"field\":\"" + name + "\",\"value\":\"" + value + "\"}";
    }

    @BeforeAll
    void collect() {
        logs.answerJsonWhen("Logs_20140328.StartQuery", "stats count(*) as errors by @log", "{\"queryId\":\"q-counts\"}", JSON_11)
                .answerJsonWhen("Logs_20140328.StartQuery", "sort @timestamp desc", "{\"queryId\":\"q-samples\"}", JSON_11)
                .answerJsonWhen("Logs_20140328.StartQuery", "status >= 500", "{\"queryId\":\"q-5xx\"}", JSON_11);
        Map<String, String> complete = Map.of(
                "q-counts", status("Complete", "[["
                        + field("@log", "123456789012:/aws/lambda/ResasOps-Api-OpsApi") + "," + field("errors", "3") + "],["
                        + field("@log", "123456789012:/aws/lambda/ResasOps-AlarmIntake") + "," + field("errors", "2") + "]]"),
                "q-samples", status("Complete", "[["
                        + field("@log", "123456789012:/aws/lambda/ResasOps-Api-OpsApi") + ","
                        + field("@message", "ERROR Timeout after 3000 ms for request 1b4e28ba-2fa1-11d2-883f-0016d3cca427") + "],["
                        + field("@log", "123456789012:/aws/lambda/ResasOps-Api-OpsApi") + ","
                        + field("@message", "ERROR Timeout after 29 ms for request 6fa459ea-ee8a-3ca4-894e-db77e160355e") + "],["
                        + field("@log", "123456789012:/aws/lambda/ResasOps-AlarmIntake") + ","
                        + field("@message", "ERROR rejected malformed alarm event: detail.state.timestamp: is missing") + "]]"),
                "q-5xx", status("Complete", "[[" + field("serverErrors", "7") + "]]"));
        Map<String, Integer> polls = new java.util.concurrent.ConcurrentHashMap<>();
        // Each query is Scheduled, then Running, then Complete, as Insights reports them.
        logs.respond(RESULTS, JSON_11, request -> {
            String id = complete.keySet().stream().filter(request.body()::contains).findFirst().orElseThrow();
            int poll = polls.merge(id, 1, Integer::sum);
            return poll == 1 ? status("Scheduled", "[]") : poll == 2 ? status("Running", "[]") : complete.get(id);
        });
        collector.collect(CollectionPeriod.day(DAY));
    }

    @AfterAll
    void stop() {
        logs.close();
    }

    @Test
    void errorsPerLogGroup_areTheCountsInsightsReturned() {
        assertThat(sql.query("SELECT source || '=' || errors FROM log_error_daily WHERE day = ? AND service = 'resas-ops' ORDER BY source",
                row -> row.getString(1), DAY)).containsExactly("/aws/lambda/ResasOps-AlarmIntake=2",
                "/aws/lambda/ResasOps-Api-OpsApi=3");
    }

    @Test
    void queryWasPolledWhileScheduledAndRunning_withoutRealWaiting() {
        assertThat(sleeps).hasSize(6).allMatch(Duration.ofSeconds(2)::equals);
        assertThat(logs.requests("Logs_20140328.StartQuery").get(0).body()).contains("\"logGroupNames\":[\"/aws/lambda/");
    }

    @Test
    void signatures_groupMessagesThatDifferOnlyInNumbersAndIds() {
        JsonNode errors = http.toBlocking().retrieve(HttpRequest.GET("/monitoring/errors?from=2026-11-25&to=2026-11-25")
                .bearerAuth(TestPlatform.token("kato", "operator")), JsonNode.class);

        assertThat(errors.at("/signatures/0/signature").asText()).isEqualTo("ERROR Timeout after <n> ms for request <id>");
        assertThat(errors.at("/signatures/0/occurrences").asLong()).isEqualTo(2);
        assertThat(errors.at("/signatures/0/sample").asText()).contains("3000 ms");
        assertThat(errors.at("/serverErrors/0/count").asLong()).isEqualTo(7);
    }

    @Test
    void queryThatNeverCompletes_isStopped_andTheRunFails() {
        try (FakeAws stuck = new FakeAws()) {
            stuck.answerJson("Logs_20140328.StartQuery", "{\"queryId\":\"q-stuck\"}", JSON_11)
                    .answerJson(RESULTS, status("Running", "[]"), JSON_11)
                    .answerJson("Logs_20140328.StopQuery", "{\"success\":true}", JSON_11);
            LogInsights slow = new AwsLogInsights(stuck.client(CloudWatchLogsClient.builder()), d -> { }, Duration.ofSeconds(2), 3);

            assertThatThrownBy(() -> slow.run(new jp.resas.ops.monitoring.logs.InsightsQuery(List.of("/g"), "fields @message",
                    java.time.Instant.EPOCH, java.time.Instant.EPOCH.plusSeconds(60), 10)))
                    .hasMessageContaining("still running after 3 polls");
            assertThat(stuck.requests("Logs_20140328.StopQuery")).hasSize(1);
        }
    }

    @Test
    void failedQuery_failsTheRun_namingItsStatus() {
        try (FakeAws failing = new FakeAws()) {
            failing.answerJson("Logs_20140328.StartQuery", "{\"queryId\":\"q-f\"}", JSON_11)
                    .answerJson(RESULTS, status("Failed", "[]"), JSON_11);
            LogInsights broken = new AwsLogInsights(failing.client(CloudWatchLogsClient.builder()), d -> { }, Duration.ofSeconds(2), 3);

            assertThatThrownBy(() -> broken.run(new jp.resas.ops.monitoring.logs.InsightsQuery(List.of("/g"), "fields @message",
                    java.time.Instant.EPOCH, java.time.Instant.EPOCH.plusSeconds(60), 10)))
                    .hasMessageContaining("ended Failed");
        }
    }
}
