package jp.resas.ops.municipality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalGovernmentCodeTest {

    @ParameterizedTest
    @CsvSource({"01100,2", "01202,5", "13101,6", "47382,1", "01000,6"})
    void checkDigit_ofKnownCodes_matchesThePublishedSixDigitCode(String five, char check) {
        assertThat(CheckDigit.of(five)).isEqualTo(check);
    }

    @ParameterizedTest
    @CsvSource({"012025,01202", "01202,01202", "1202,01202", "' 131016 ',13101"})
    void parse_givenFiveSixOrShortenedDigits_givesTheFiveDigitCode(String text, String five) {
        assertThat(LocalGovernmentCode.parse(text).code().fiveDigits()).isEqualTo(five);
    }

    @ParameterizedTest
    @CsvSource({"012024,CHECK_DIGIT", "131017,CHECK_DIGIT", "1320a,FORMAT", "123,FORMAT", "1234567,FORMAT"})
    void parse_givenABadCode_namesTheProblem(String text, LocalGovernmentCode.Problem problem) {
        assertThat(LocalGovernmentCode.parse(text).problem()).isEqualTo(problem);
    }
}
