package jp.resas.ops.access.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import jp.resas.ops.access.AccessSites;
import jp.resas.ops.access.infrastructure.AccessCollectorService;
import jp.resas.ops.access.infrastructure.S3AccessLogs;
import jp.resas.ops.monitoring.runs.CollectionPeriod;
import jp.resas.ops.monitoring.runs.RunReport;
import jp.resas.ops.monitoring.runs.RunStatus;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.Api;
import jp.resas.ops.testutils.FakeAws;
import jp.resas.ops.testutils.MutableClock;
import jp.resas.ops.testutils.PlatformTest;
import jp.resas.ops.testutils.Resources;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Access figures per monitored service: the bundled description with a second site (the API behind its own
 * CloudFront distribution), and RESAS Ops' own site. Each site's logs are in its own bucket, served in S3's
 * REST-XML wire format with the AWS documentation's example log (three page views on 2019-12-05 JST): the
 * public site has that file once, the API twice (six page views), RESAS Ops' site once. On 12-06 only the
 * public site has a file. RESAS's month adds up the public site and the API, never RESAS Ops' site.
 */
@PlatformTest
class AccessPerServiceTest implements TestPropertyProvider {

    private final FakeAws s3 = new FakeAws();
    private RunReport secondDay;

    @Inject
    AccessCollectorService collector;
    @Inject
    Sql sql;
    @Inject
    @Client("/")
    HttpClient http;

    /** The bundled description, the API given a distribution and access logs of its own. */
    @Override
    public Map<String, String> getProperties() {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("monitored-system.json")) {
            ObjectMapper json = new ObjectMapper();
            JsonNode description = json.readTree(in);
            for (JsonNode service : description.get("services")) {
                if (service.get("id").asText().equals("api")) {
                    ObjectNode resources = (ObjectNode) service.get("resources");
                    resources.putArray("cloudFrontDistributions").add("E2RESASAPI0001");
                    resources.putObject("accessLogs").put("bucket", "resas-api-logs").put("prefix", "cf/");
                }
            }
            Path file = Files.createTempFile("monitored-system", ".json");
            file.toFile().deleteOnExit();
            json.writeValue(file.toFile(), description);
            return Map.of("resas.monitored-system", file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @MockBean(AccessSites.class)
    AccessSites sites() {
        return () -> List.of(new AccessSites.Site("public-site", logs("resas-web-logs", "cloudfront/", "E1RESASWEB0001")),
                new AccessSites.Site("api", logs("resas-api-logs", "cf/", "E2RESASAPI0001")),
                new AccessSites.Site("resas-ops", logs("resas-ops-logs", "", "E3RESASOPS0001")));
    }

    private S3AccessLogs logs(String bucket, String prefix, String distribution) {
        return new S3AccessLogs(S3Client.builder().endpointOverride(s3.endpoint()).forcePathStyle(true)
                .region(Region.AP_NORTHEAST_1).httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build(), bucket, prefix, distribution);
    }

    @MockBean(Clock.class)
    Clock clock() {
        return new MutableClock(Instant.parse("2020-01-10T00:00:00Z"));
    }

    @BeforeAll
    void collect() {
        byte[] gz = gzip(Resources.bytes("cloudfront_logs/awsdocs_AccessLogs_example_web-distribution.log"));
        site("resas-web-logs", "cloudfront/E1RESASWEB0001.", gz, 1, "2019-12-04-", "2019-12-05-");
        site("resas-api-logs", "cf/E2RESASAPI0001.", gz, 2, "2019-12-04-");
        site("resas-ops-logs", "E3RESASOPS0001.", gz, 1, "2019-12-04-");
        collector.collect(CollectionPeriod.day(LocalDate.parse("2019-12-05")));
        secondDay = collector.collect(CollectionPeriod.day(LocalDate.parse("2019-12-06"))).get(0);
    }

    /** A bucket whose listing of each UTC day given holds {@code files} log files of hour 21, all {@code gz}. */
    private void site(String bucket, String prefix, byte[] gz, int files, String... days) {
        s3.respond("GET /" + bucket, "application/xml", request -> {
            StringBuilder contents = new StringBuilder();
            int count = 0;
            for (String day : days) {
                if (request.path().contains(day)) {
                    for (int i = 0; i < files; i++) {
                        contents.append("<Contents><Key>").append(prefix).append(day).append("21.f").append(i)
                                .append(".gz</Key><LastModified>2019-12-04T22:05:00.000Z</LastModified><ETag>&quot;"
                                        + "5d41402abc4b2a76b9719d911017c592&quot;</ETag><Size>1803</Size>"
                                        + "<StorageClass>STANDARD</StorageClass></Contents>");
                        count++;
                    }
                }
            }
            return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/"
                    + "2006-03-01/\"><Name>" + bucket + "</Name><Prefix></Prefix><KeyCount>" + count + "</KeyCount>"
                    + "<MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated>" + contents + "</ListBucketResult>";
        });
        for (String day : days) {
            for (int i = 0; i < files; i++) {
                s3.answer("GET /" + bucket + "/" + prefix + day + "21.f" + i + ".gz", 200, "binary/octet-stream", gz);
            }
        }
    }

    @AfterAll
    void stop() {
        s3.close();
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private Api.Answer get(String uri) {
        return new Api(http).get(uri, "kato", "viewer");
    }

    @Test
    void eachSitesFigures_areStoredUnderItsService() {
        assertThat(sql.query("SELECT service, page_views FROM access_daily WHERE day = '2019-12-05' ORDER BY service",
                row -> row.getString(1) + "=" + row.getLong(2))).containsExactly("api=6", "public-site=3", "resas-ops=3");
        assertThat(sql.queryOne("SELECT sum(count) FROM access_breakdown_daily WHERE day = '2019-12-05' "
                + "AND service = 'api' AND dimension = 'PAGE'", row -> row.getLong(1))).contains(6L);
    }

    @Test
    void theMonth_addsUpRESASsSites_notRESASOpsOwn_andAnswersEachSite() {
        JsonNode month = get("/access?month=2019-12").body();

        assertThat(month.get("included")).extracting(JsonNode::asText).containsExactly("public-site", "api");
        assertThat(month.get("pageViews").asLong()).as("3 + 6 on 12-05; 12-06 lacks the API").isEqualTo(9);
        assertThat(month.get("missingDays")).extracting(JsonNode::asText).contains("2019-12-06")
                .doesNotContain("2019-12-05");
        assertThat(month.get("services")).extracting(s -> s.get("service").asText() + " " + s.get("name").asText()
                        + " " + s.get("pageViews").asLong() + " " + s.get("visitorDays").asLong() + " "
                        + s.get("daysMeasured").asInt())
                .containsExactly("public-site RESAS 公開サイト 3 1 2", "api RESAS API 6 1 1",
                        "resas-ops RESAS Ops（運用保守基盤） 3 1 1");
    }

    @Test
    void oneService_isAnsweredOnItsOwn() {
        JsonNode api = get("/access?month=2019-12&service=api").body();

        assertThat(api.get("included")).extracting(JsonNode::asText).containsExactly("api");
        assertThat(api.get("pageViews").asLong()).isEqualTo(6);
        assertThat(api.at("/topPages/0/count").asLong()).isEqualTo(6);
        JsonNode ops = get("/access?month=2019-12&service=resas-ops").body();
        assertThat(ops.get("pageViews").asLong()).isEqualTo(3);
    }

    @Test
    void anUnknownService_is400NamingTheField() {
        Api.Answer answer = get("/access?month=2019-12&service=payroll");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.get("field").asText()).isEqualTo("service");
    }

    @Test
    void aSiteWithoutLogsThatDay_isNamedMissing_theOthersAreStored() {
        assertThat(secondDay.status()).isEqualTo(RunStatus.PARTIAL);
        assertThat(secondDay.missing()).anySatisfy(m -> assertThat(m).startsWith("api: not read:")
                .contains("no CloudFront log file for 2019-12-06"));
        assertThat(sql.query("SELECT service FROM access_daily WHERE day = '2019-12-06'", row -> row.getString(1)))
                .containsExactly("public-site");
    }
}
