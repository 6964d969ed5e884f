package jp.resas.ops.monitored.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.resas.ops.monitored.infrastructure.AccountCredentials;
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
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.sts.StsClient;

/**
 * The metrics collector over the bundled description's two monitored accounts: STS and CloudWatch
 * answered on local endpoints in their wire formats. AssumeRole answers are built from the STS API
 * reference's example response ({@code AssumeRoleResponse/AssumeRoleResult/Credentials}), one key
 * pair per account; the data account's role refuses with the reference's {@code AccessDenied} error.
 * CloudWatch answers in GetMetricData's query-protocol XML ({@link GetMetricDataXml}) and tells the
 * accounts apart only by the access key that signed the request, as AWS does.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossAccountMetricsTest implements TestPropertyProvider {

    private static final LocalDate DAY = LocalDate.parse("2026-11-25");
    private static final String PROD_KEY = "ASIAPRODEXAMPLE00001";

    private final FakeAws sts = new FakeAws();
    private final FakeAws regional = new FakeAws();
    private final FakeAws global = new FakeAws();
    private final FakeAws own = new FakeAws();
    private List<RunReport> runs;

    @Inject
    MetricsCollectorService collector;
    @Inject
    Sql sql;
    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new java.util.HashMap<>(TestPlatform.properties());
        properties.put("resas.metrics.functions", "resas-ops-api");
        return properties;
    }

    @MockBean(StsClient.class)
    StsClient stsClient() {
        return sts.client(StsClient.builder());
    }

    /** The production wiring (credentials of the assumed role, the service's region), pointed at the local endpoints. */
    @MockBean(MetricSources.class)
    MetricSources sources(AccountCredentials credentials) {
        return service -> new AwsMetricSource(
                credentials.configure(CloudWatchClient.builder(), service, Region.of(service.region()))
                        .endpointOverride(regional.endpoint()).build(),
                credentials.configure(CloudWatchClient.builder(), service, Region.US_EAST_1)
                        .endpointOverride(global.endpoint()).build());
    }

    @MockBean(MetricSource.class)
    MetricSource ownSource() {
        return new AwsMetricSource(own.client(CloudWatchClient.builder()), own.client(CloudWatchClient.builder()));
    }

    @MockBean(Clock.class)
    Clock clock() {
        return new MutableClock(Instant.parse("2026-12-01T03:00:00Z"));
    }

    @BeforeAll
    void collect() {
        sts.answerWhen("AssumeRole", "210987654321", 200, "text/xml", assumed(PROD_KEY).getBytes(StandardCharsets.UTF_8));
        sts.answerWhen("AssumeRole", "310987654321", 403, "text/xml", ("<ErrorResponse xmlns=\"https://sts.amazonaws.com/"
                + "doc/2011-06-15/\"><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User is not authorized "
                + "to perform: sts:AssumeRole</Message></Error><RequestId>00000000-0000-0000-0000-000000000001</RequestId>"
                + "</ErrorResponse>").getBytes(StandardCharsets.UTF_8));
        regional.respond("GetMetricData", "text/xml", CrossAccountMetricsTest::answer);
        global.respond("GetMetricData", "text/xml", CrossAccountMetricsTest::answer);
        own.respond("GetMetricData", "text/xml", CrossAccountMetricsTest::answer);
        runs = collector.collect(CollectionPeriod.day(DAY));
    }

    @AfterAll
    void stop() {
        List.of(sts, regional, global, own).forEach(FakeAws::close);
    }

    /** STS API reference, AssumeRole "Example" response, with this test's keys and a far expiry. */
    private static String assumed(String key) {
        return "<AssumeRoleResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><AssumeRoleResult>"
                + "<AssumedRoleUser><Arn>arn:aws:sts::210987654321:assumed-role/ResasOpsRead/resas-ops-collector</Arn>"
                + "<AssumedRoleId>ARO123EXAMPLE123:resas-ops-collector</AssumedRoleId></AssumedRoleUser>"
                + "<Credentials><AccessKeyId>" + key + "</AccessKeyId>"
                + "<SecretAccessKey>wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY</SecretAccessKey>"
                + "<SessionToken>AQoDYXdzEPT//////////wEXAMPLEtc764</SessionToken>"
                + "<Expiration>2099-11-09T13:34:41Z</Expiration></Credentials><PackedPolicySize>6</PackedPolicySize>"
                + "</AssumeRoleResult><ResponseMetadata><RequestId>c6104cbe-af31-11e0-8154-cbc7ccf896c7</RequestId>"
                + "</ResponseMetadata></AssumeRoleResponse>";
    }

    /**
     * Daily queries: 42.0. Five-minute queries: API Count 100 in every period but the eleventh (none),
     * 5xx 10 in the sixth (10%); CloudFront 5xxErrorRate 7.5 in period 21 and 4.0 in 22; the health
     * check fails in period 31 only.
     */
    private static String answer(FakeAws.Request request) {
        Map<String, String> form = request.form();
        Instant start = Instant.parse(form.get("StartTime"));
        List<GetMetricDataXml.Result> results = new ArrayList<>();
        for (int n = 1; form.containsKey("MetricDataQueries.member." + n + ".Id"); n++) {
            String prefix = "MetricDataQueries.member." + n + ".";
            String id = form.get(prefix + "Id");
            String metric = form.get(prefix + "MetricStat.Metric.MetricName");
            if (!form.get(prefix + "MetricStat.Period").equals("300")) {
                results.add(new GetMetricDataXml.Result(id, metric, "Complete", List.of(start), List.of(42.0)));
                continue;
            }
            List<Instant> times = new ArrayList<>();
            List<Double> values = new ArrayList<>();
            for (int slot = 0; slot < 288; slot++) {
                Double value = switch (metric) {
                    case "Count" -> slot == 10 ? null : 100.0;
                    case "5xx" -> slot == 10 ? null : Double.valueOf(slot == 5 ? 10.0 : 0.0);
                    case "5xxErrorRate" -> slot == 20 ? 7.5 : slot == 21 ? 4.0 : 0.0;
                    case "HealthCheckStatus" -> slot == 30 ? 0.0 : 1.0;
                    default -> 0.0;
                };
                if (value != null) {
                    times.add(start.plusSeconds(300L * slot));
                    values.add(value);
                }
            }
            results.add(new GetMetricDataXml.Result(id, metric, "Complete", times, values));
        }
        return GetMetricDataXml.response(results, null);
    }

    @Test
    void eachAccountsRole_isAssumedWithItsExternalId() {
        assertThat(sts.requests("AssumeRole")).extracting(FakeAws.Request::form)
                .anySatisfy(form -> assertThat(form)
                        .containsEntry("RoleArn", "arn:aws:iam::210987654321:role/ResasOpsRead")
                        .containsEntry("ExternalId", "resas-ops-read-7f3c2a")
                        .containsEntry("RoleSessionName", "resas-ops-collector"))
                .anySatisfy(form -> assertThat(form)
                        .containsEntry("RoleArn", "arn:aws:iam::310987654321:role/ResasOpsRead")
                        .containsEntry("ExternalId", "resas-ops-read-91b4e0"));
    }

    @Test
    void monitoredServices_areReadWithTheAssumedCredentials_only() {
        List<FakeAws.Request> monitored = new ArrayList<>(regional.requests());
        monitored.addAll(global.requests());

        assertThat(monitored).isNotEmpty().allSatisfy(request -> {
            assertThat(request.header("Authorization")).contains("Credential=" + PROD_KEY + "/");
            assertThat(request.header("X-Amz-Security-Token")).isEqualTo("AQoDYXdzEPT//////////wEXAMPLEtc764");
        });
        assertThat(own.requests()).isNotEmpty().allSatisfy(request ->
                assertThat(request.header("Authorization")).contains("Credential=test/"));
    }

    @Test
    void everyStoredFigure_namesItsService() {
        assertThat(sql.query("SELECT DISTINCT service || ' ' || resource FROM metric_daily WHERE day = ? ORDER BY 1",
                row -> row.getString(1), DAY)).contains("api a1b2c3d4e5", "api resas-aurora",
                "public-site E1RESASWEB0001", "public-site resas-web-content", "resas-ops resas-ops-api")
                .noneMatch(row -> row.startsWith("data-update"));
    }

    @Test
    void anAccountThatRefusesTheRole_isNamed_andTheOthersAreStored() {
        assertThat(runs).singleElement().satisfies(run -> {
            assertThat(run.status()).isEqualTo(RunStatus.PARTIAL);
            assertThat(run.missing()).anySatisfy(m -> assertThat(m).startsWith("data-update: not read:")
                    .contains("not authorized to perform: sts:AssumeRole", "Status Code: 403"));
        });
    }

    @Test
    void availability_isJudgedPerService_byTheRuleItsDescriptionNames() {
        JsonNode month = http.toBlocking().retrieve(HttpRequest.GET("/monitoring/availability?month=2026-11")
                .bearerAuth(TestPlatform.token("kato", "viewer")), JsonNode.class);

        Map<String, JsonNode> byService = new java.util.HashMap<>();
        month.get("services").forEach(s -> byService.put(s.get("service").asText(), s));
        assertThat(byService.keySet()).containsExactlyInAnyOrder("public-site", "api", "resas-ops");
        // API 5xx share: period 6 breached (10% > 5%), period 11 idle (no request).
        assertThat(byService.get("api").get("breachedPeriods").asInt()).isEqualTo(1);
        assertThat(byService.get("api").get("idlePeriods").asInt()).isEqualTo(1);
        // CloudFront 5xx rate: 7.5% breaches, 4.0% does not; the failed health check breaches period 31.
        assertThat(byService.get("public-site").get("breachedPeriods").asInt()).isEqualTo(2);
        assertThat(byService.get("public-site").get("availabilityPercent").decimalValue()).isEqualByComparingTo("99.305");
        assertThat(byService.get("public-site").get("targetPercent").asDouble()).isEqualTo(99.5);
        assertThat(byService.get("public-site").get("targetMet").asBoolean()).isFalse();
        assertThat(byService.get("resas-ops").get("periods").asInt()).isZero();
    }
}
