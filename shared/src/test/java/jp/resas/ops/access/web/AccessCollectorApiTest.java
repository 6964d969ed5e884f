package jp.resas.ops.access.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.annotation.MockBean;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import jp.resas.ops.access.AccessLogs;
import jp.resas.ops.access.AccessSites;
import jp.resas.ops.access.infrastructure.AccessCollectorService;
import jp.resas.ops.access.infrastructure.S3AccessLogs;
import jp.resas.ops.monitoring.runs.CollectionFailedException;
import jp.resas.ops.monitoring.runs.CollectionPeriod;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.FakeAws;
import jp.resas.ops.testutils.MutableClock;
import jp.resas.ops.testutils.PlatformTest;
import jp.resas.ops.testutils.Resources;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The access collector reading the AWS documentation's example log, gzipped in a bucket served in
 * S3's REST-XML wire format. Its six requests: three GET /index.html 200 from one client at
 * 2019-12-04 21:02 UTC (= 12-05 06:02 JST), three 502s at 2019-12-13 22:36 UTC (= 12-14 JST).
 */
@PlatformTest
class AccessCollectorApiTest {

    private static final String BUCKET = "GET /resas-access-logs";
    private static final String KEY_DEC = "logs/E2EXAMPLE.2019-12-04-21.a1b2c3d4.gz";
    private static final String KEY_DEC13 = "logs/E2EXAMPLE.2019-12-13-22.e5f6a7b8.gz";

    private final FakeAws s3 = new FakeAws();

    @Inject
    AccessCollectorService collector;
    @Inject
    Sql sql;
    @Inject
    @Client("/")
    HttpClient http;

    /** The description's public site, its logs in a local bucket. */
    @MockBean(AccessSites.class)
    AccessSites sites() {
        return () -> List.of(new AccessSites.Site("public-site", logs()));
    }

    private AccessLogs logs() {
        return new S3AccessLogs(S3Client.builder().endpointOverride(s3.endpoint()).forcePathStyle(true)
                .region(Region.AP_NORTHEAST_1).httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build(), "resas-access-logs", "logs/", "E2EXAMPLE");
    }

    @MockBean(Clock.class)
    Clock clock() {
        return new MutableClock(Instant.parse("2020-01-10T00:00:00Z"));
    }

    @BeforeAll
    void bucket() {
        byte[] gz = gzip(Resources.bytes("cloudfront_logs/awsdocs_AccessLogs_example_web-distribution.log"));
        s3.respond(BUCKET, "application/xml", request -> listing(request.path(),
                request.path().contains("2019-12-04-") ? KEY_DEC : request.path().contains("2019-12-13-") ? KEY_DEC13 : null));
        s3.answer("GET /resas-access-logs/" + KEY_DEC, 200, "binary/octet-stream", gz);
        s3.answer("GET /resas-access-logs/" + KEY_DEC13, 200, "binary/octet-stream", gz);
        collector.collect(CollectionPeriod.day(LocalDate.parse("2019-12-05")));
        collector.collect(CollectionPeriod.day(LocalDate.parse("2019-12-14")));
    }

    @AfterAll
    void stop() {
        s3.close();
    }

    private static String listing(String path, String key) {
        String contents = key == null ? "" : "<Contents><Key>" + key + "</Key><LastModified>2019-12-04T22:05:00.000Z"
                + "</LastModified><ETag>&quot;5d41402abc4b2a76b9719d911017c592&quot;</ETag><Size>1803</Size>"
                + "<StorageClass>STANDARD</StorageClass></Contents>";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                + "<Name>resas-access-logs</Name><Prefix></Prefix><KeyCount>" + (key == null ? 0 : 1) + "</KeyCount>"
                + "<MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated>" + contents + "</ListBucketResult>";
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

    private long stored(String column, String day) {
        return sql.queryOne("SELECT " + column + " FROM access_daily WHERE day = ?::date", row -> row.getLong(1), day)
                .orElseThrow();
    }

    @Test
    void japanDay_countsTheRequestsThatFellInIt_fromTheGzippedLog() {
        assertThat(stored("requests", "2019-12-05")).isEqualTo(3);
        assertThat(stored("page_views", "2019-12-05")).isEqualTo(3);
        assertThat(stored("unique_visitors", "2019-12-05")).isEqualTo(1);
    }

    @Test
    void failedRequests_areRequestsButNotPageViews() {
        assertThat(stored("requests", "2019-12-14")).isEqualTo(3);
        assertThat(stored("page_views", "2019-12-14")).isZero();
        assertThat(sql.queryOne("SELECT count FROM access_breakdown_daily WHERE day = '2019-12-14' AND dimension = 'STATUS' "
                + "AND key = '5xx'", row -> row.getLong(1))).contains(3L);
    }

    @Test
    void noClientAddress_isStoredAnywhere() {
        assertThat(sql.queryOne("SELECT count(*) FROM access_breakdown_daily WHERE key LIKE '%192.0.2%'",
                row -> row.getInt(1))).contains(0);
    }

    @Test
    void dayWithoutLogFiles_failsInsteadOfStoringZeros() {
        assertThatThrownBy(() -> collector.collect(CollectionPeriod.day(LocalDate.parse("2019-12-20"))))
                .isInstanceOf(CollectionFailedException.class).hasMessageContaining("no CloudFront log file for 2019-12-20");
        assertThat(sql.queryOne("SELECT count(*) FROM access_daily WHERE day = '2019-12-20'", row -> row.getInt(1))).contains(0);
    }

    @Test
    void month_answersTotalsTopPagesAndMissingDays() {
        JsonNode month = http.toBlocking().retrieve(HttpRequest.GET("/access?month=2019-12")
                .bearerAuth(TestPlatform.token("kato", "approver")), JsonNode.class);

        assertThat(month.get("pageViews").asLong()).isEqualTo(3);
        assertThat(month.get("visitorDays").asLong()).isEqualTo(1);
        assertThat(month.at("/topPages/0/key").asText()).isEqualTo("/index.html");
        assertThat(month.at("/topMenus/0/key").asText()).isEqualTo("(top)");
        assertThat(month.at("/referrers/0/key").asText()).isEqualTo("(direct)");
        assertThat(month.get("missingDays")).hasSize(29);
    }
}
