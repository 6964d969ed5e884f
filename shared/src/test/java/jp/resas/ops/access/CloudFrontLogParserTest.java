package jp.resas.ops.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import jp.resas.ops.testutils.Resources;
import org.junit.jupiter.api.Test;

class CloudFrontLogParserTest {

    private static List<AccessRecord> read(String file, String text) {
        return CloudFrontLogParser.readAll(file, new BufferedReader(new StringReader(text)));
    }

    @Test
    void awsDocumentationExample_readsEveryRequest_inUtc() {
        List<AccessRecord> records = read("awsdocs", Resources.text("cloudfront_logs/awsdocs_AccessLogs_example_web-distribution.log"));

        assertThat(records).hasSize(6);
        assertThat(records.get(0).at()).isEqualTo(Instant.parse("2019-12-04T21:02:31Z"));
        assertThat(records.get(0).path()).isEqualTo("/index.html");
        assertThat(records.get(3).status()).isEqualTo(502);
        assertThat(records.get(3).referrer()).isEqualTo("http://www.example.com/");
    }

    @Test
    void headersSeparatedByTabs_andATrailingTab_areRead() {
        assertThat(read("2019-12", Resources.text("cloudfront_logs/claygregory_web-1-0-2019-12.txt"))).hasSize(3);
    }

    @Test
    void olderTwentyFourFieldLayout_isReadByColumnName() {
        List<AccessRecord> records = read("2014", Resources.text("cloudfront_logs/claygregory_web-1-0.txt"));

        assertThat(records).extracting(AccessRecord::status).containsExactly(200, 304);
    }

    @Test
    void lineWithAMissingField_isRefusedNamingFileAndLine() {
        String text = Resources.text("cloudfront_logs/claygregory_web-1-0.txt");
        String broken = text.substring(0, text.lastIndexOf('\t'));

        assertThatThrownBy(() -> read("logs/E.2014-05-23-01.gz", broken))
                .isInstanceOf(AccessLogFormatException.class).hasMessageStartingWith("logs/E.2014-05-23-01.gz:4: 23 fields");
    }

    @Test
    void requestBeforeTheFieldsHeader_isRefused() {
        assertThatThrownBy(() -> read("f", "2019-12-04\t21:02:31\n"))
                .isInstanceOf(AccessLogFormatException.class).hasMessageContaining("f:1: a request line before the #Fields");
    }

    @Test
    void pagesMenusAndReferrers_areNamedAsTheReportShowsThem() {
        assertThat(AnalysingAccess.isPage("/population/graph")).isTrue();
        assertThat(AnalysingAccess.isPage("/favicon.ico")).isFalse();
        assertThat(AnalysingAccess.menu("/population/graph")).isEqualTo("/population");
        assertThat(AnalysingAccess.menu("/index.html")).isEqualTo("(top)");
        assertThat(AnalysingAccess.referrerHost("http://www.example.com/a")).isEqualTo("www.example.com");
        assertThat(AnalysingAccess.referrerHost("-")).isEqualTo("(direct)");
    }
}
