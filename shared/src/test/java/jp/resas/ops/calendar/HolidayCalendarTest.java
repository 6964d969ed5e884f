package jp.resas.ops.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import jp.resas.ops.calendar.law.JapaneseHolidayLaw;
import org.junit.jupiter.api.Test;

class HolidayCalendarTest {

    private final HolidayCalendar shipped = HolidayCalendar.shipped();

    @Test
    void holiday_inAListedYear_comesFromTheList() {
        assertThat(shipped.holiday(LocalDate.of(1959, 4, 10)))
                .contains(new Holiday(LocalDate.of(1959, 4, 10), "結婚の儀"));
    }

    @Test
    void holidaysOf_pastTheList_comesFromTheLaw() {
        assertThat(shipped.holidaysOf(2030)).isEqualTo(new JapaneseHolidayLaw().holidaysOf(2030));
        assertThat(shipped.isHoliday(LocalDate.of(2030, 3, 20))).isTrue();
    }

    @Test
    void withList_importedNewerFile_isTheAuthorityForItsYears() {
        // given an administrator imports a 2028 list with a special day the rules cannot know
        String csv = "国民の祝日・休日月日,国民の祝日・休日名称\n2028/1/1,元日\n2028/6/1,特別な休日\n";
        HolidayList newer = new HolidayListParser().parse(csv.getBytes(StandardCharsets.UTF_8), "2028.csv");

        // when
        HolidayCalendar calendar = shipped.withList(newer);

        // then
        assertThat(calendar.isHoliday(LocalDate.of(2028, 6, 1))).isTrue();
        assertThat(calendar.isHoliday(LocalDate.of(2028, 1, 10))).isFalse();
        assertThat(calendar.holidaysOf(2029)).isEqualTo(new JapaneseHolidayLaw().holidaysOf(2029));
    }

    @Test
    void businessDays_withoutTheList_matchTheCabinetOfficeListEveryDay1955To2027() {
        // given a calendar whose list covers only 1950, so 1955-2027 come from the law
        var lawOnly = new BusinessCalendar(
                new HolidayCalendar(new HolidayList("1950 only", List.of(new Holiday(LocalDate.of(1950, 1, 1), "元日"))),
                        new JapaneseHolidayLaw()),
                BusinessCalendarSettings.defaults());
        var listed = CalendarFixtures.CALENDAR;

        // when / then
        for (LocalDate day = LocalDate.of(1955, 1, 1); day.getYear() <= 2027; day = day.plusDays(1)) {
            assertThat(lawOnly.isBusinessDay(day)).as(day.toString()).isEqualTo(listed.isBusinessDay(day));
        }
    }
}
