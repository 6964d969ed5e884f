package jp.resas.ops.dataset.processing;

import static jp.resas.ops.dataset.DatasetFixtures.ESTABLISHMENTS_HEADER;
import static jp.resas.ops.dataset.DatasetFixtures.SJIS;
import static jp.resas.ops.dataset.DatasetFixtures.establishments;
import static jp.resas.ops.dataset.DatasetFixtures.process;
import static jp.resas.ops.dataset.DatasetFixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import jp.resas.ops.dataset.DatasetFixtures.Result;
import jp.resas.ops.dataset.spec.ProcessingSpec;
import jp.resas.ops.dataset.spec.SpecException;
import jp.resas.ops.dataset.spec.SpecReader;
import org.junit.jupiter.api.Test;

/**
 * Issue 11's validation edges: a bad line is reported and reading goes on; totals are not checked (and
 * that is said once) where a row is missing from the sums; field and line lengths are bounded; counts
 * cannot be negative and columns may declare their range.
 */
class ValidationEdgesTest {

    /** 鳥取県 and three of its cities whose 建設業 figures add up (100+200+50 = 350, 900+1000+400 = 2300). */
    private static final String PREFECTURE = "310000,鳥取県,D,建設業,350,2300\r\n";
    private static final String TOTTORI = "312011,鳥取市,D,建設業,100,900\r\n";
    private static final String YONAGO = "312029,米子市,D,建設業,200,1000\r\n";
    private static final String KURAYOSHI = "312037,倉吉市,D,建設業,50,400\r\n";

    private static byte[] sjis(String text) {
        return text.getBytes(SJIS);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static List<Finding> totalsFindings(Result result) {
        return result.report().findings().stream().filter(f -> f.rule().startsWith("totals")).toList();
    }

    @Test
    void theFixture_addsUp_soTotalsPass() {
        Result result = establishments(PREFECTURE + TOTTORI + YONAGO + KURAYOSHI);
        assertThat(result.report().findings()).isEmpty();
        assertThat(result.observations()).hasSize(8);
    }

    @Test
    void utf8LineInAShiftJisFile_isReported_theRestIsRead_andTotalsAreSkippedOnce() {
        byte[] file = concat(sjis(ESTABLISHMENTS_HEADER + PREFECTURE + TOTTORI), YONAGO.getBytes(StandardCharsets.UTF_8),
                sjis(KURAYOSHI));
        Result result = process("economic-census-establishments", file);

        assertThat(result.report().findings()).extracting(Finding::rule, Finding::line, Finding::file)
                .containsExactly(tuple("encoding", 4L, "input.csv"), tuple("totals-skipped", 4L, "input.csv"));
        assertThat(result.report().findings().get(0).message()).contains("UTF-8");
        assertThat(result.report().findings().get(1).severity()).isEqualTo(Severity.WARNING);
        assertThat(result.observations()).extracting(Observation::line).containsExactly(2L, 2L, 3L, 3L, 5L, 5L);
        assertThat(result.report().passed()).isFalse();
    }

    @Test
    void undecodableBytesMidFile_nameLineAndColumn_andTheNextLinesAreRead() {
        byte[] bad = concat(sjis("312029,米"), new byte[] {(byte) 0x81, ' '}, sjis("子市,D,建設業,200,1000\r\n"));
        byte[] file = concat(sjis(ESTABLISHMENTS_HEADER + PREFECTURE + TOTTORI), bad, sjis(KURAYOSHI + KURAYOSHI
                .replace("312037", "312045").replace("倉吉市", "境港市")));
        Result result = process("economic-census-establishments", file);

        assertThat(result.report().findings()).extracting(Finding::rule, Finding::line, Finding::column)
                .containsExactly(tuple("encoding", 4L, "市区町村名"), tuple("totals-skipped", 4L, ""));
        assertThat(result.report().findings().get(0).message()).contains("0x81");
        assertThat(result.observations()).extracting(Observation::line).containsExactly(2L, 2L, 3L, 3L, 5L, 5L, 6L, 6L);
    }

    @Test
    void rowDroppedForACodeError_skipsTotalsForTheFile_insteadOfAFalseTotalsError() {
        Result result = establishments(PREFECTURE + TOTTORI + YONAGO.replace("312029", "312028") + KURAYOSHI);
        assertThat(result.report().findings()).extracting(Finding::rule, Finding::line)
                .containsExactly(tuple("check-digit", 4L), tuple("totals-skipped", 4L));
        assertThat(result.report().findings().get(1).message()).contains("ファイル全体").contains("2 グループ");
    }

    @Test
    void rowDroppedForAValueError_skipsOnlyItsPrefecture_andOtherPrefecturesAreStillChecked() {
        String shimane = "320005,島根県,D,建設業,999,999\r\n" + "322016,松江市,D,建設業,1,1\r\n";
        Result result = establishments(PREFECTURE + TOTTORI + YONAGO.replace(",200,", ",2x0,") + KURAYOSHI + shimane);
        assertThat(result.report().findings()).extracting(Finding::rule, Finding::line)
                .containsExactlyInAnyOrder(tuple("type", 4L), tuple("totals", 6L), tuple("totals", 6L),
                        tuple("totals-skipped", 4L));
        assertThat(totalsFindings(result)).filteredOn(f -> f.rule().equals("totals-skipped")).singleElement()
                .extracting(Finding::message).asString().contains("31000");
    }

    @Test
    void rowWithTheWrongFieldCount_skipsTotalsForTheFile() {
        Result result = establishments(PREFECTURE + TOTTORI + "312029,米子市,D,建設業,200\r\n" + KURAYOSHI);
        assertThat(result.report().findings()).extracting(Finding::rule)
                .containsExactly("field-count", "totals-skipped");
    }

    @Test
    void negativeCount_isARangeError_byDefault() {
        Result result = establishments(TOTTORI + YONAGO.replace(",200,", ",-3,"));
        assertThat(result.report().findings()).extracting(Finding::rule, Finding::line, Finding::column, Finding::value)
                .containsExactly(tuple("range", 3L, "事業所数", "-3"));
        assertThat(result.observations()).noneMatch(o -> o.line() == 3);
    }

    @Test
    void minusZero_andZero_areNotBelowZero() {
        assertThat(establishments(TOTTORI.replace(",100,", ",-0,") + YONAGO.replace(",200,", ",0,"))
                .report().findings()).isEmpty();
    }

    @Test
    void declaredMinAndMax_overrideTheDefault() {
        ProcessingSpec spec = withColumns("""
                {"name": "net", "header": "増減", "type": "INTEGER", "role": "VALUE", "min": -500, "max": 500}""");
        Result result = process(spec, sjis("コード,増減\r\n312011,-120\r\n312029,-501\r\n312037,501\r\n"), Optional.empty());
        assertThat(result.report().findings()).extracting(Finding::rule, Finding::line)
                .containsExactly(tuple("range", 3L), tuple("range", 4L));
        assertThat(result.report().findings().get(1).message()).contains("上限 500");
        assertThat(result.observations()).extracting(Observation::value).containsExactly("-120");
    }

    @Test
    void aRangeOnATextColumn_orMinAboveMax_isASpecError() {
        assertThatThrownBy(() -> withColumns("""
                {"name": "v", "header": "v", "type": "INTEGER", "role": "VALUE"},
                {"name": "t", "header": "t", "type": "TEXT", "min": 1}""")).isInstanceOf(SpecException.class)
                .hasMessageContaining("min and max need a numeric column");
        assertThatThrownBy(() -> withColumns("""
                {"name": "v", "header": "v", "type": "INTEGER", "role": "VALUE", "min": 5, "max": 1}"""))
                .isInstanceOf(SpecException.class).hasMessageContaining("min above max");
    }

    @Test
    void overlongField_isFieldTooLong_withItsLine_andTheNextRowsAreRead() {
        String huge = "鳥".repeat(10_001);
        Result result = establishments(TOTTORI + "312029," + huge + ",D,建設業,200,1000\r\n" + KURAYOSHI);
        assertThat(result.report().findings()).extracting(Finding::rule, Finding::line, Finding::column)
                .containsExactly(tuple("field-too-long", 3L, "市区町村名"));
        assertThat(result.observations()).extracting(Observation::line).containsExactly(2L, 2L, 4L, 4L);
    }

    @Test
    void overlongLineOfShortFields_isFieldTooLong() {
        String commas = "1,".repeat(60_000);
        Result result = establishments(TOTTORI + commas + "\r\n" + KURAYOSHI);
        assertThat(result.report().findings()).extracting(Finding::rule, Finding::line)
                .containsExactly(tuple("field-too-long", 3L));
    }

    @Test
    void unclosedQuotedFieldBeyondTheBound_isFieldTooLong_onItsFirstLine() {
        String open = "312029,\"" + "米子市\r\n".repeat(5_000);
        Result result = establishments(TOTTORI + open);
        assertThat(result.report().findings()).extracting(Finding::rule, Finding::line, Finding::column)
                .containsExactly(tuple("field-too-long", 3L, "市区町村名"));
    }

    @Test
    void theBoundsAreSpecSettings() {
        ProcessingSpec spec = new SpecReader().read("""
                {"dataset": "bounded", "specVersion": 1,
                 "source": {"format": "CSV", "encoding": "UTF-8", "maxFieldLength": 8, "maxLineLength": 40},
                 "referenceDate": "2021-06-01", "defaults": {"period": "2021"},
                 "columns": [{"name": "area", "header": "コード", "type": "MUNICIPALITY_CODE", "role": "AREA"},
                             {"name": "v", "header": "値", "type": "INTEGER", "role": "VALUE"}]}""", "bounded.json");
        assertThat(spec.source().fieldLimit()).isEqualTo(8);
        Result result = process(spec, "コード,値\n312011,123456789\n312029,12\n".getBytes(StandardCharsets.UTF_8),
                Optional.empty());
        assertThat(result.report().findings()).extracting(Finding::rule, Finding::line, Finding::column)
                .containsExactly(tuple("field-too-long", 2L, "値"));
        assertThat(result.observations()).extracting(Observation::value).containsExactly("12");
        assertThat(spec("economic-census-establishments").source().fieldLimit()).isEqualTo(10_000);
        assertThatThrownBy(() -> new SpecReader().read("""
                {"dataset": "bounded", "specVersion": 1, "source": {"maxFieldLength": 100, "maxLineLength": 10},
                 "defaults": {"period": "2021"},
                 "columns": [{"name": "area", "header": "a", "type": "MUNICIPALITY_CODE", "role": "AREA"},
                             {"name": "v", "header": "v", "type": "INTEGER", "role": "VALUE"}]}""", "x.json"))
                .isInstanceOf(SpecException.class).hasMessageContaining("maxLineLength");
    }

    private static ProcessingSpec withColumns(String values) {
        return new SpecReader().read("""
                {"dataset": "ranged", "specVersion": 1, "source": {"format": "CSV", "encoding": "Shift_JIS"},
                 "referenceDate": "2021-06-01", "defaults": {"period": "2021"},
                 "columns": [{"name": "area", "header": "コード", "type": "MUNICIPALITY_CODE", "role": "AREA"},
                 %s]}""".formatted(values), "ranged.json");
    }
}
