package jp.resas.ops.monitored.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.monitored.infrastructure.AccountCredentials;
import jp.resas.ops.monitoring.logs.LogInsights;
import jp.resas.ops.monitoring.logs.LogInsightsSources;
import jp.resas.ops.monitoring.logs.infrastructure.AwsLogInsights;
import jp.resas.ops.monitoring.logs.infrastructure.LogCollectorService;
import jp.resas.ops.monitoring.runs.CollectionPeriod;
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
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The log collector over the bundled description's two monitored accounts: STS AssumeRole (query/XML)
 * and Logs Insights (JSON 1.1, {@code Logs_20140328.StartQuery} / {@code GetQueryResults}, answers built
 * from the API reference as in {@code LogCollectorApiTest}) on local endpoints. The monitored endpoint
 * tells the accounts apart only by the access key that signed each request, as AWS does.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossAccountLogsTest implements TestPropertyProvider {

    private static final LocalDate DAY = LocalDate.parse("2026-11-25");
    private static final String JSON_11 = "application/x-amz-json-1.1";
    private static final String PROD_KEY = "ASIAPRODEXAMPLE00001";
    private static final String DATA_KEY = "ASIADATAEXAMPLE00002";

    private final FakeAws sts = new FakeAws();
    private final FakeAws monitored = new FakeAws();
    private final FakeAws own = new FakeAws();
    private List<RunReport> runs;

    @Inject
    LogCollectorService collector;
    @Inject
    Sql sql;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestPlatform.properties());
        properties.put("resas.logs.error-log-groups", "/aws/lambda/ResasOps-Api-OpsApi");
        return properties;
    }

    @MockBean(StsClient.class)
    StsClient stsClient() {
        return sts.client(StsClient.builder());
    }

    /** The production wiring (the assumed role's credentials, the service's region), pointed at the local endpoint. */
    @MockBean(LogInsightsSources.class)
    LogInsightsSources sources(AccountCredentials credentials) {
        return service -> new AwsLogInsights(credentials.configure(CloudWatchLogsClient.builder(), service,
                Region.of(service.region())).endpointOverride(monitored.endpoint()).build(), d -> { }, Duration.ofSeconds(2), 3);
    }

    @MockBean(LogInsights.class)
    LogInsights ownInsights() {
        return new AwsLogInsights(own.client(CloudWatchLogsClient.builder()), d -> { }, Duration.ofSeconds(2), 3);
    }

    /** StartQuery's id names the query kind and the first log group asked for; GetQueryResults answers Complete. */
    private static String start(FakeAws.Request request) {
        String body = request.body();
        String kind = body.contains("stats count(*) as errors by @log") ? "counts" : body.contains("status >= 500")
                ? "5xx" : "samples";
        String group = body.replaceFirst("(?s).*\"logGroupNames\":\\[\"([^\"]+)\".*", "$1");
        return "{\"queryId\":\"" + kind + "|" + group + "\"}";
    }

    private static String results(FakeAws.Request request) {
        String id = request.body().replaceFirst("(?s).*\"queryId\":\"([^\"]+)\".*", "$1");
        String group = id.substring(id.indexOf('|') + 1);
        long errors = group.contains("resas-data-load") ? 4 : group.contains("resas-api") ? 2 : 1;
        String row = id.startsWith("counts") ? "[{\"field\":\"@log\",\"value\":\"210987654321:" + group + "\"},"
                + "{\"field\":\"errors\",\"value\":\"" + errors + "\"}]"
                : "[{\"field\":\"@log\",\"value\":\"210987654321:" + group + "\"},"
                + "{\"field\":\"@message\",\"value\":\"ERROR failed in " + group + "\"}]";
        return "{\"results\":[" + row + "],\"statistics\":{\"recordsMatched\":1.0,\"recordsScanned\":10.0,"
                + "\"bytesScanned\":1000.0},\"status\":\"Complete\"}";
    }

    @BeforeAll
    void collect() {
        AssumedRoles.grant(sts, "210987654321", PROD_KEY);
        AssumedRoles.grant(sts, "310987654321", DATA_KEY);
        for (FakeAws logs : List.of(monitored, own)) {
            logs.respond("Logs_20140328.StartQuery", JSON_11, CrossAccountLogsTest::start)
                    .respond("Logs_20140328.GetQueryResults", JSON_11, CrossAccountLogsTest::results);
        }
        runs = collector.collect(CollectionPeriod.day(DAY));
    }

    @AfterAll
    void stop() {
        List.of(sts, monitored, own).forEach(FakeAws::close);
    }

    @Test
    void eachServicesLogGroups_areQueriedWithItsAccountsAssumedCredentials_inItsRegion() {
        List<FakeAws.Request> starts = monitored.requests("Logs_20140328.StartQuery");

        assertThat(starts).filteredOn(r -> r.body().contains("/aws/lambda/resas-api-")).isNotEmpty().allSatisfy(r -> {
            assertThat(r.header("Authorization")).contains("Credential=" + PROD_KEY + "/").contains("/ap-northeast-1/logs/");
            assertThat(r.header("X-Amz-Security-Token")).isEqualTo(AssumedRoles.SESSION_TOKEN);
            assertThat(r.body()).doesNotContain("resas-data-load");
        });
        assertThat(starts).filteredOn(r -> r.body().contains("/aws/lambda/resas-data-load")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.header("Authorization")).contains("Credential=" + DATA_KEY + "/"));
        assertThat(monitored.requests()).allSatisfy(r -> assertThat(r.header("Authorization")).doesNotContain("Credential=test/"));
        assertThat(own.requests()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.header("Authorization")).contains("Credential=test/");
            assertThat(r.body()).doesNotContain("resas-api-", "resas-data-load");
        });
    }

    @Test
    void eachAccountsRole_isAssumedWithItsExternalId() {
        assertThat(sts.requests("AssumeRole")).extracting(FakeAws.Request::form)
                .anySatisfy(form -> assertThat(form).containsEntry("RoleArn", "arn:aws:iam::210987654321:role/ResasOpsRead")
                        .containsEntry("ExternalId", "resas-ops-read-7f3c2a"))
                .anySatisfy(form -> assertThat(form).containsEntry("RoleArn", "arn:aws:iam::310987654321:role/ResasOpsRead")
                        .containsEntry("ExternalId", "resas-ops-read-91b4e0"));
    }

    @Test
    void everyStoredCount_namesItsService() {
        assertThat(runs).singleElement().satisfies(run -> assertThat(run.status()).isEqualTo(RunStatus.SUCCEEDED));
        assertThat(sql.query("SELECT service || ' ' || source || '=' || errors FROM log_error_daily WHERE day = ? ORDER BY 1",
                row -> row.getString(1), DAY)).containsExactly(
                "api /aws/lambda/resas-api-prefecture=2",
                "data-update /aws/lambda/resas-data-load=4",
                "resas-ops /aws/lambda/ResasOps-Api-OpsApi=1");
        assertThat(sql.query("SELECT DISTINCT service FROM log_error_signature WHERE day = ? ORDER BY 1",
                row -> row.getString(1), DAY)).containsExactly("api", "data-update", "resas-ops");
    }
}
