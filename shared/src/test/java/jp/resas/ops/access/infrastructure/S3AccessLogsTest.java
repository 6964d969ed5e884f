package jp.resas.ops.access.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import jp.resas.ops.testutils.FakeAws;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * A service served by two CloudFront distributions that log into one bucket and prefix is read as one site: the
 * files of both, each listed by its own prefix (S3 ListObjectsV2, REST/XML as in the S3 API reference, on a local
 * endpoint), and only the hours asked for.
 */
class S3AccessLogsTest {

    private final FakeAws s3 = new FakeAws();

    @AfterEach
    void stop() {
        s3.close();
    }

    @Test
    void everyDistributionsFiles_areTheSites() {
        s3.respond("GET /resas-web-logs", "application/xml", request -> {
            String path = request.path();
            if (path.contains("E1WEB0001.2019-12-04-")) {
                return listing("cf/E1WEB0001.2019-12-04-15.a1.gz", "cf/E1WEB0001.2019-12-04-02.a2.gz");
            }
            return path.contains("E2WEB0002.2019-12-04-") ? listing("cf/E2WEB0002.2019-12-04-16.b1.gz") : listing();
        });
        S3AccessLogs logs = new S3AccessLogs(client(), "resas-web-logs", "cf/", List.of("E1WEB0001", "E2WEB0002"));

        assertThat(logs.files(LocalDate.parse("2019-12-04"), 15, 24))
                .containsExactly("cf/E1WEB0001.2019-12-04-15.a1.gz", "cf/E2WEB0002.2019-12-04-16.b1.gz");
        assertThat(s3.requests()).extracting(FakeAws.Request::path)
                .anyMatch(p -> p.contains("prefix=cf%2FE1WEB0001.2019-12-04-"))
                .anyMatch(p -> p.contains("prefix=cf%2FE2WEB0002.2019-12-04-"));
    }

    @Test
    void noDistribution_isRefused_namingTheBucket() {
        assertThatThrownBy(() -> new S3AccessLogs(client(), "resas-web-logs", "cf/", List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("resas-web-logs");
    }

    private S3Client client() {
        return S3Client.builder().endpointOverride(s3.endpoint()).forcePathStyle(true).region(Region.AP_NORTHEAST_1)
                .httpClient(UrlConnectionHttpClient.create())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"))).build();
    }

    private static String listing(String... keys) {
        StringBuilder contents = new StringBuilder();
        for (String key : keys) {
            contents.append("<Contents><Key>").append(key).append("</Key><LastModified>2019-12-04T22:05:00.000Z")
                    .append("</LastModified><ETag>&quot;5d41402abc4b2a76b9719d911017c592&quot;</ETag><Size>1803</Size>")
                    .append("<StorageClass>STANDARD</StorageClass></Contents>");
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
                + "<Name>resas-web-logs</Name><Prefix></Prefix><KeyCount>" + keys.length + "</KeyCount>"
                + "<MaxKeys>1000</MaxKeys><IsTruncated>false</IsTruncated>" + contents + "</ListBucketResult>";
    }
}
