package jp.resas.ops.calendar;

import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HolidayListParserTest {

    private static final String HEADER = "国民の祝日・休日月日,国民の祝日・休日名称\r\n";
    private static final Charset SJIS = Charset.forName("windows-31j");
    private final HolidayListParser parser = new HolidayListParser();

    @Test
    void parseShipped_cabinetOfficeFile_reads1067Days() {
        // when
        HolidayList list = parser.parseShipped();

        // then
        assertThat(list.all()).hasSize(1067);
        assertThat(list.holiday(LocalDate.of(2026, 9, 22))).contains(new Holiday(LocalDate.of(2026, 9, 22), "休日"));
        assertThat(list.all().get(0)).isEqualTo(new Holiday(LocalDate.of(1955, 1, 1), "元日"));
    }

    @Test
    void parse_shiftJis_decodesNames() {
        // when
        HolidayList list = parser.parse((HEADER + "2028/1/1,元日\r\n2028/1/10,成人の日\r\n").getBytes(SJIS), "new.csv");

        // then
        assertThat(list.holidaysOf(2028)).extracting(Holiday::name).containsExactly("元日", "成人の日");
        assertThat(list.covers(2028)).isTrue();
        assertThat(list.covers(2029)).isFalse();
    }

    @Test
    void parse_utf8WithAndWithoutBom_giveTheSameList() {
        // given
        String text = HEADER + "2028/1/1,元日\n";
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] withBom = concat(bom, text.getBytes(UTF_8));

        // when / then
        assertThat(parser.parse(withBom, "bom.csv").all())
                .isEqualTo(parser.parse(text.getBytes(UTF_8), "plain.csv").all())
                .containsExactly(new Holiday(LocalDate.of(2028, 1, 1), "元日"));
    }

    @Test
    void parse_impossibleDate_namesTheLine() {
        assertThatThrownBy(() -> parse(HEADER + "2028/1/1,元日\r\n2028/2/30,謎の日\r\n"))
                .isInstanceOf(HolidayListFormatException.class)
                .hasMessage("new.csv line 3: bad date '2028/2/30' (expected an existing day written YYYY/M/D)")
                .extracting(e -> ((HolidayListFormatException) e).line()).isEqualTo(3);
    }

    @Test
    void parse_missingName_namesTheLine() {
        assertThatThrownBy(() -> parse(HEADER + "2028/1/1,\r\n"))
                .hasMessage("new.csv line 2: missing name for 2028/1/1");
    }

    @Test
    void parse_missingColumn_namesTheLine() {
        assertThatThrownBy(() -> parse(HEADER + "2028/1/1\r\n"))
                .hasMessageStartingWith("new.csv line 2: expected 2 columns (date,name) but found 1");
    }

    @Test
    void parse_duplicateDate_isRefused() {
        assertThatThrownBy(() -> parse(HEADER + "2028/1/1,元日\r\n2028/1/1,元日\r\n"))
                .hasMessage("new.csv line 3: duplicate date 2028-01-01 (already listed)");
    }

    @Test
    void parse_emptyFile_isRefused() {
        assertThatThrownBy(() -> parser.parse(new byte[0], "new.csv"))
                .hasMessage("new.csv: the file is empty");
    }

    @Test
    void parse_headerOnly_isRefused() {
        assertThatThrownBy(() -> parse(HEADER))
                .hasMessage("new.csv: the file has a header but no holidays");
    }

    @Test
    void parse_utf16_isRefusedAsWrongEncoding() {
        assertThatThrownBy(() -> parser.parse((HEADER + "2028/1/1,元日").getBytes(UTF_16LE), "new.csv"))
                .hasMessageStartingWith("new.csv: wrong encoding: it looks like UTF-16");
    }

    @Test
    void parse_bytesNeitherUtf8NorShiftJis_areRefusedAsWrongEncoding() {
        // given a lone 0xA0 lead byte after valid text: invalid in both encodings
        byte[] bad = concat(HEADER.getBytes(SJIS), new byte[] {(byte) 0x85, (byte) 0x20});

        // when / then
        assertThatThrownBy(() -> parser.parse(bad, "new.csv"))
                .hasMessageStartingWith("new.csv: wrong encoding: it is neither valid UTF-8 nor valid Shift_JIS");
    }

    @Test
    void parse_eucJpFile_isRefusedAsWrongEncoding() {
        // given the same text in EUC-JP, which some Unix tools still write
        byte[] euc = (HEADER + "2028/1/1,元日").getBytes(Charset.forName("EUC-JP"));

        // when / then
        assertThatThrownBy(() -> parser.parse(euc, "new.csv"))
                .hasMessageStartingWith("new.csv: wrong encoding");
    }

    @Test
    void parse_otherHeader_isRefusedNamingLineOne() {
        assertThatThrownBy(() -> parse("date,name\r\n2028/1/1,元日\r\n"))
                .hasMessageStartingWith("new.csv line 1: expected the header '国民の祝日・休日月日,国民の祝日・休日名称'"
                        + " but found 'date,name'");
    }

    @Test
    void parse_yearMissingBetweenOthers_isRefusedAsTruncated() {
        assertThatThrownBy(() -> parse(HEADER + "2026/1/1,元日\r\n2028/1/1,元日\r\n"))
                .hasMessage("new.csv: no holidays listed for 2027, between 2026 and 2028");
    }

    private HolidayList parse(String text) {
        return parser.parse(text.getBytes(SJIS), "new.csv");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
