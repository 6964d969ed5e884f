package jp.resas.ops.calendar.law;

import java.time.LocalDate;
import java.util.List;
import jp.resas.ops.calendar.Holiday;

/**
 * One-off days off set by their own laws for imperial events. They cannot be derived from rules,
 * so they are listed; a future one must be added here when its law passes (the Cabinet Office list
 * will carry it too).
 */
final class SpecialDays {

    /**
     * @param holiday            the day and its name in the Cabinet Office list
     * @param countsAsNational   true where the special law says the day is treated as a 国民の祝日,
     *                           so it can make the days either side of it citizens' holidays
     */
    record SpecialDay(Holiday holiday, boolean countsAsNational) {
    }

    private static final List<SpecialDay> ALL = List.of(
            // 皇太子明仁親王の結婚の儀の行われる日を休日とする法律
            special(1959, 4, 10, "結婚の儀", false),
            // 昭和天皇の大喪の礼の行われる日を休日とする法律
            special(1989, 2, 24, "大喪の礼", false),
            // 即位礼正殿の儀の行われる日を休日とする法律 (1990)
            special(1990, 11, 12, "即位礼正殿の儀", false),
            // 皇太子徳仁親王の結婚の儀の行われる日を休日とする法律
            special(1993, 6, 9, "結婚の儀", false),
            // 天皇の即位の日及び即位礼正殿の儀の行われる日を休日とする法律 (2018): 国民の祝日とみなす
            special(2019, 5, 1, "休日（祝日扱い）", true),
            special(2019, 10, 22, "休日（祝日扱い）", true));

    private SpecialDays() {
    }

    static List<SpecialDay> of(int year) {
        return ALL.stream().filter(d -> d.holiday().date().getYear() == year).toList();
    }

    private static SpecialDay special(int y, int m, int d, String name, boolean countsAsNational) {
        return new SpecialDay(new Holiday(LocalDate.of(y, m, d), name), countsAsNational);
    }
}
