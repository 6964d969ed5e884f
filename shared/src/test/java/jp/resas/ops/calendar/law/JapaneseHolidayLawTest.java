package jp.resas.ops.calendar.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.stream.IntStream;
import jp.resas.ops.calendar.Holiday;
import jp.resas.ops.calendar.HolidayList;
import jp.resas.ops.calendar.HolidayListParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class JapaneseHolidayLawTest {

    private static final HolidayList CABINET_OFFICE = new HolidayListParser().parseShipped();
    private final JapaneseHolidayLaw law = new JapaneseHolidayLaw();

    static IntStream everyListedYear() {
        return IntStream.rangeClosed(CABINET_OFFICE.firstYear(), CABINET_OFFICE.lastYear());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyListedYear")
    void holidaysOf_everyCabinetOfficeYear_matchesTheListExactly(int year) {
        // when
        var computed = law.holidaysOf(year);

        // then: same days, same names, nothing missing, nothing extra
        assertThat(computed).containsExactlyElementsOf(CABINET_OFFICE.holidaysOf(year));
    }

    @Test
    void shippedList_spans1955To2027() {
        assertThat(CABINET_OFFICE.firstYear()).isEqualTo(1955);
        assertThat(CABINET_OFFICE.lastYear()).isEqualTo(2027);
    }

    @Test
    void holidaysOf_2028_followsTheRegularRules() {
        // when
        var holidays = law.holidaysOf(2028);

        // then: 2028-03-20 equinox (Mon), Golden Week 5/3-5/5 Wed-Fri, 7/17 海の日, 9/18 敬老の日,
        // 9/22 秋分の日 (Fri), 10/9 スポーツの日, 2/23 天皇誕生日 (Wed)
        assertThat(holidays).extracting(Holiday::date).contains(
                LocalDate.of(2028, 3, 20), LocalDate.of(2028, 5, 3), LocalDate.of(2028, 5, 4),
                LocalDate.of(2028, 5, 5), LocalDate.of(2028, 7, 17), LocalDate.of(2028, 9, 18),
                LocalDate.of(2028, 9, 22), LocalDate.of(2028, 10, 9), LocalDate.of(2028, 2, 23));
        assertThat(holidays).hasSize(16);
    }

    @Test
    void holidaysOf_2032_silverWeekMakesTheTuesdayACitizensHoliday() {
        // given 2032: 敬老の日 Mon 9/20, 秋分の日 Wed 9/22
        // when
        var holidays = law.holidaysOf(2032);

        // then
        assertThat(holidays).contains(new Holiday(LocalDate.of(2032, 9, 21), "休日"));
    }

    @Test
    void holidaysOf_sundayHolidayInGoldenWeek_substituteMovesToWednesday() {
        // given 2036-05-04 is a Sunday between 憲法記念日 and こどもの日
        // when
        var holidays = law.holidaysOf(2036);

        // then
        assertThat(holidays).contains(new Holiday(LocalDate.of(2036, 5, 6), "休日"));
    }

    @Test
    void holidaysOf_yearOutsideTheFormula_isRefused() {
        assertThatThrownBy(() -> law.holidaysOf(2151))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2151");
    }
}
