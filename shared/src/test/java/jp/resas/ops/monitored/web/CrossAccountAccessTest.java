package jp.resas.ops.monitored.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import jp.resas.ops.access.AccessLogs;
import jp.resas.ops.access.AccessSites;
import jp.resas.ops.access.infrastructure.AccessCollectorService;
import jp.resas.ops.access.infrastructure.AccessLogSources;
import jp.resas.ops.access.infrastructure.S3AccessLogs;
import jp.resas.ops.monitored.MonitoredSystem;
import jp.resas.ops.monitored.infrastructure.AccountCredentials;
import jp.resas.ops.monitoring.runs.CollectionPeriod;
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
 * The access collector reading RESAS's public site's CloudFront standard logs (the bundled description's
 * {@code accessLogs}: bucket resas-cloudfront-logs, prefix cloudfront/, distribution E1RESASWEB0001) in
 * resas-prod through its read role: STS AssumeRole (query/XML) and S3 ListObjectsV2 / GetObject (REST/XML,
 * as in {@code AccessCollectorApiTest}, with the AWS documentation's example log file) on local endpoints.
 */
@MicronautTest(transactional = false, environments = "cross-account-access-test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossAccountAccessTest implements TestPropertyProvider {

    private static final String PROD_KEY = "ASIAPRODEXAMPLE00001";
    private static final String KEY = "cloudfront/E1RESASWEB0001.2019-12-04-21.a1b2c3d4.gz";

    private final FakeAws sts = new FakeAws();
    private final FakeAws s3 = new FakeAws();

    @Inject
    AccessCollectorService collector;
    @Inject
    Sql sql;

    @Override
    public Map<String, String> getProperties() {
        return TestPlatform.properties();
    }

    @MockBean(StsClient.class)
    StsClient stsClient() {
        return sts.client(StsClient.builder());
    }

    /** The production choice of site and credentials ({@link AccessLogSources}), pointed at the local endpoint. */
    @MockBean(AccessSites.class)
    AccessSites sites(MonitoredSystem system, AccountCredentials credentials) {
        List<AccessSites.Site> sites = AccessLogSources.monitored(system).stream().map(site -> new AccessSites.Site(
                site.service().id(), (AccessLogs) new S3AccessLogs(AccessLogSources.s3(site, credentials)
                        .endpointOverride(s3.endpoint()).forcePathStyle(true).build(), site.location().bucket(),
                        site.location().prefix(), site.distributionIds()))).toList();
        return () -> sites;
    }

    @MockBean(Clock.class)
    Clock clock() {
        return new MutableClock(Instant.parse("2020-01-10T00:00:00Z"));
    }

    @BeforeAll
    void collect() {
        AssumedRoles.grant(sts, "210987654321", PROD_KEY);
        s3.respond("GET /resas-cloudfront-logs", "application/xml", request -> listing(
                request.path().contains("2019-12-04-") ? KEY : null));
        s3.answer("GET /resas-cloudfront-logs/" + KEY, 200, "binary/octet-stream",
                gzip(Resources.bytes("cloudfront_logs/awsdocs_AccessLogs_example_web-distribution.log")));
        collector.collect(CollectionPeriod.day(LocalDate.parse("2019-12-05")));
    }

    @AfterAll
    void stop() {
        List.of(sts, s3).forEach(FakeAws::close);
    }

    private static String listing(String key) {
        String contents = key == null ? "" : "<Contents><Key>" + key + "</Key><LastModified>2019-12-04T22:05:00.000Z"
                + "</LastModified><ETag>&quot;5d41402abc4b2a76b9719d911017c592&quot;</ETag><Size>1803</Size>"
                + "<StorageClass>STANDARD</StorageClass></Contents>";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                + "<Name>resas-cloudfront-logs</Name><Prefix></Prefix><KeyCount>" + (key == null ? 0 : 1) + "</KeyCount>"
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

    @Test
    void theSitesLogBucket_isReadWithItsAccountsAssumedCredentials_inItsRegion() {
        assertThat(s3.requests()).isNotEmpty().allSatisfy(request -> {
            assertThat(request.path()).startsWith("/resas-cloudfront-logs");
            assertThat(request.header("Authorization")).contains("Credential=" + PROD_KEY + "/")
                    .contains("/ap-northeast-1/s3/aws4_request");
            assertThat(request.header("X-Amz-Security-Token")).isEqualTo(AssumedRoles.SESSION_TOKEN);
        });
        assertThat(s3.requests()).anySatisfy(request -> assertThat(request.path()).contains("prefix=cloudfront%2FE1RESASWEB0001.2019-12-0"));
        assertThat(sts.requests("AssumeRole")).extracting(FakeAws.Request::form)
                .allSatisfy(form -> assertThat(form).containsEntry("RoleArn", "arn:aws:iam::210987654321:role/ResasOpsRead")
                        .containsEntry("ExternalId", "resas-ops-read-7f3c2a"));
    }

    @Test
    void theSitesRequests_areCounted() {
        assertThat(sql.queryOne("SELECT requests FROM access_daily WHERE day = '2019-12-05'::date "
                + "AND service = 'public-site'", row -> row.getLong(1))
                .orElseThrow()).isEqualTo(3);
    }
}
