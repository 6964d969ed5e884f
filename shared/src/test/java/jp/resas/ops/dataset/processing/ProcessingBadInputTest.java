package jp.resas.ops.dataset.processing;

import static jp.resas.ops.dataset.DatasetFixtures.ESTABLISHMENTS_HEADER;
import static jp.resas.ops.dataset.DatasetFixtures.SJIS;
import static jp.resas.ops.dataset.DatasetFixtures.establishments;
import static jp.resas.ops.dataset.DatasetFixtures.process;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import jp.resas.ops.dataset.DatasetFixtures.Result;
import org.assertj.core.api.ObjectAssert;
import org.junit.jupiter.api.Test;

/** Every kind of bad input gives an error naming line, column and rule, and no observation from the bad row. */
class ProcessingBadInputTest {

    private static final String GOOD = "312011,鳥取市,D,建設業,100,900\r\n";

    private static ObjectAssert<Finding> onlyError(Result result) {
        assertThat(result.report().passed()).isFalse();
        assertThat(result.report().findings()).hasSize(1);
        return assertThat(result.report().findings().get(0));
    }

    @Test
    void utf8File_givenAShiftJisSpec_isRefusedAsWrongEncoding() {
        byte[] utf8 = (ESTABLISHMENTS_HEADER + GOOD).getBytes(StandardCharsets.UTF_8);
        onlyError(process("economic-census-establishments", utf8))
                .extracting(Finding::rule, Finding::line).containsExactly("encoding", 1L);
    }

    @Test
    void shiftJisFile_givenAUtf8Spec_namesTheLineAndColumnOfTheFirstBadByte() {
        String header = "都道府県コード,都道府県名" + ",2024年%d月".repeat(12).formatted(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12) + "\n";
        byte[] header8 = header.getBytes(StandardCharsets.UTF_8);
        byte[] row = "13,東京都,1,2,3,4,5,6,7,8,9,10,11,12\n".getBytes(SJIS);
        byte[] file = new byte[header8.length + row.length];
        System.arraycopy(header8, 0, file, 0, header8.length);
        System.arraycopy(row, 0, file, header8.length, row.length);
        onlyError(process("vendor-visitors", file))
                .extracting(Finding::rule, Finding::line, Finding::column).containsExactly("encoding", 2L, "都道府県名");
    }

    @Test
    void lastLineCutShort_isTruncated() {
        onlyError(establishments(GOOD + "312029,米子市,D,建"))
                .extracting(Finding::rule, Finding::line).containsExactly("truncated", 3L);
    }

    @Test
    void fileCutInsideAMultibyteCharacter_isTruncated() {
        byte[] whole = (ESTABLISHMENTS_HEADER + GOOD + "312029,米子市").getBytes(SJIS);
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 1);
        Result result = process("economic-census-establishments", cut);
        assertThat(result.report().findings()).extracting(Finding::rule).containsExactly("truncated");
    }

    @Test
    void missingColumn_isNamed_andNoRowIsRead() {
        String header = "市区町村コード,市区町村名,産業大分類コード,産業大分類名,事業所数\r\n";
        Result result = process("economic-census-establishments", (header + "312011,鳥取市,D,建設業,100\r\n").getBytes(SJIS));
        assertThat(result.report().findings()).extracting(Finding::rule, Finding::line, Finding::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("missing-column", 1L, "従業者数"));
        assertThat(result.observations()).isEmpty();
    }

    @Test
    void extraColumn_isNamedWithItsPosition() {
        String header = ESTABLISHMENTS_HEADER.strip() + ",備考\r\n";
        Result result = process("economic-census-establishments", (header + GOOD.strip() + ",\r\n").getBytes(SJIS));
        assertThat(result.report().findings()).extracting(Finding::rule, Finding::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("extra-column", "備考"));
    }

    @Test
    void nonNumericValue_isATypeError_atItsLineAndColumn() {
        onlyError(establishments(GOOD + "312029,米子市,D,建設業,12a,900\r\n"))
                .extracting(Finding::rule, Finding::line, Finding::column, Finding::value)
                .containsExactly("type", 3L, "事業所数", "12a");
    }

    @Test
    void unknownSuppressionSymbol_isNotTakenForZero() {
        Result result = establishments(GOOD + "312029,米子市,D,建設業,＊,900\r\n");
        assertThat(result.report().findings()).extracting(Finding::rule, Finding::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("unknown-symbol", "＊"));
        assertThat(result.observations()).noneMatch(o -> o.line() == 3);
    }

    @Test
    void invalidCheckDigit_isRefused() {
        onlyError(establishments("312012,鳥取市,D,建設業,100,900\r\n"))
                .extracting(Finding::rule, Finding::line, Finding::column).containsExactly("check-digit", 2L, "市区町村コード");
    }

    @Test
    void codeThatNeverExisted_isRefusedAtTheReferenceDate() {
        onlyError(establishments("319990,架空町,D,建設業,1,2\r\n".replace("319990", "31999" + jp.resas.ops.municipality.CheckDigit.of("31999"))))
                .extracting(Finding::rule).isEqualTo("code-not-existing");
    }

    @Test
    void codeMergedAwayBeforeTheReferenceDate_isRefused() {
        // 戸井町 (01339) was incorporated into 函館市 in 2004; the spec's reference date is 2021-06-01.
        onlyError(establishments("01339" + jp.resas.ops.municipality.CheckDigit.of("01339") + ",戸井町,D,建設業,1,2\r\n")).extracting(Finding::rule).isEqualTo("code-not-existing");
    }

    @Test
    void emptyFile_andHeaderOnly_areEmpty() {
        assertThat(process("economic-census-establishments", new byte[0]).report().findings())
                .extracting(Finding::rule).containsExactly("empty-file");
        assertThat(establishments("").report().findings()).extracting(Finding::rule).containsExactly("empty-file");
    }

    @Test
    void rowWithTooFewFields_isAFieldCountError() {
        onlyError(establishments(GOOD + "312029,米子市,D\r\n" + GOOD.replace("312011", "312029")))
                .extracting(Finding::rule, Finding::line).containsExactly("field-count", 3L);
    }

    @Test
    void municipalitiesNotAddingUpToThePrefecture_isATotalsError_onThePrefectureRow() {
        Result result = establishments("310000,鳥取県,D,建設業,300,2000\r\n" + GOOD + "312029,米子市,D,建設業,200,1000\r\n");
        assertThat(result.report().findings()).extracting(Finding::rule, Finding::line, Finding::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("totals", 2L, "employees"));
    }

    @Test
    void requiredKeyEmpty_isARequiredError() {
        onlyError(establishments(",鳥取市,D,建設業,100,900\r\n"))
                .extracting(Finding::rule, Finding::column).containsExactly("required", "市区町村コード");
    }
}
