package jp.resas.ops.access.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AnalyticsExportParserTest {

    private final AnalyticsExportParser parser = new AnalyticsExportParser();

    private static byte[] sample(String name) throws IOException {
        try (InputStream in = AnalyticsExportParserTest.class.getResourceAsStream("/analytics/" + name)) {
            return in.readAllBytes();
        }
    }

    @Test
    void ga4JapaneseExport_skipsTheCommentHeader_andReadsViewsAndUsersPerPage() throws IOException {
        AnalyticsExport export = parser.parse("ga4_ja.csv", sample("ga4_ja.csv"));

        assertThat(export.pages()).hasSize(4);
        assertThat(export.pages().get(0)).isEqualTo(new AnalyticsExport.PageRow("/", 12345, 4567L));
        assertThat(export.pages().get(3).page()).isEqualTo("/graph/tourism/from-to,detail");
        assertThat(export.totalViews()).isEqualTo(12345 + 8210 + 5120 + 990);
    }

    @Test
    void ga4EnglishExportWithBom_isRead() throws IOException {
        AnalyticsExport export = parser.parse("ga4_en_bom.csv", sample("ga4_en_bom.csv"));

        assertThat(export.pages()).extracting(AnalyticsExport.PageRow::views).containsExactly(100L, 60L);
    }

    @Test
    void universalAnalyticsExport_hasNoUsers() throws IOException {
        AnalyticsExport export = parser.parse("ua.csv", sample("universal_analytics.csv"));

        assertThat(export.pages().get(0)).isEqualTo(new AnalyticsExport.PageRow("/", 1500, null));
    }

    @Test
    void shiftJisFile_isRefusedAsNotUtf8() throws IOException {
        byte[] sjis = new String(sample("ga4_ja.csv"), StandardCharsets.UTF_8).getBytes(Charset.forName("Shift_JIS"));

        assertThatThrownBy(() -> parser.parse("sjis.csv", sjis)).hasMessageContaining("UTF-8 ではありません");
    }

    @Test
    void nonNumericViews_isRefusedNamingLineAndColumn() {
        byte[] file = "Page,Pageviews\n/,100\n/x,many\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> parser.parse("bad.csv", file))
                .isInstanceOfSatisfying(AnalyticsExportFormatException.class, e -> assertThat(e.line()).isEqualTo(3))
                .hasMessageContaining("bad.csv 3 行目 'Pageviews' 列: 'many'");
    }

    @Test
    void missingViewsColumn_isRefused() {
        byte[] file = "Page,Sessions\n/,1\n".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> parser.parse("f.csv", file)).hasMessageContaining("表示回数 (Views) の列がありません");
    }

    @Test
    void duplicatePage_rowWithMissingColumns_andEmptyFile_areRefused() {
        assertThatThrownBy(() -> parser.parse("d.csv", "Page,Views\n/,1\n/,2\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("3 行目: ページ '/' が重複");
        assertThatThrownBy(() -> parser.parse("c.csv", "Page,Views\n/,1,9\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("2 行目: 列の数");
        assertThatThrownBy(() -> parser.parse("e.csv", "# only comments\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("空のファイル");
    }
}
