package jp.resas.ops.municipality;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MunicipalityRegisterTest {

    private static final MunicipalityRegister REGISTER = MunicipalityRegisterLoader.shipped();

    private static boolean exists(String code, String date) {
        return REGISTER.existsAt(new LocalGovernmentCode(code), LocalDate.parse(date));
    }

    @Test
    void shipped_knowsPrefecturesMunicipalitiesWardsAndMergedAwayCodes() {
        assertThat(REGISTER.size()).isGreaterThan(47 + 1916);
    }

    @Test
    void mergedAwayTown_existsBeforeItsMergerDate_andNotAfter() {
        // 戸井町 (01339) was incorporated into 函館市 on 2004-12-01.
        assertThat(exists("01339", "2000-10-01")).isTrue();
        assertThat(exists("01339", "2004-11-30")).isTrue();
        assertThat(exists("01339", "2004-12-01")).isFalse();
        assertThat(exists("01339", "2020-10-01")).isFalse();
    }

    @Test
    void renamedCity_newCodeExistsFromTheChangeDate() {
        // 広島町 (01301) became 北広島市 (01234) on 1996-09-01.
        assertThat(exists("01234", "1996-08-31")).isFalse();
        assertThat(exists("01234", "1996-09-01")).isTrue();
        assertThat(exists("01301", "1996-08-31")).isTrue();
        assertThat(exists("01301", "1996-09-01")).isFalse();
    }

    @Test
    void codeThatNeverExisted_existsAtNoDate() {
        assertThat(exists("01999", "1990-01-01")).isFalse();
        assertThat(exists("01999", "2024-01-01")).isFalse();
    }

    @Test
    void currentMunicipalityAndPrefecture_existToday() {
        assertThat(exists("13101", "2025-04-01")).isTrue();
        assertThat(exists("13000", "1985-04-01")).isTrue();
    }

    @Test
    void wardOfDesignatedCity_isAWard_andExistsWhileItsCityDoes() {
        LocalGovernmentCode chuoWard = new LocalGovernmentCode("01101");
        assertThat(REGISTER.isWard(chuoWard)).isTrue();
        assertThat(exists("01101", "2021-06-01")).isTrue();
        assertThat(REGISTER.isWard(new LocalGovernmentCode("13101"))).isFalse();
    }
}
