package jp.resas.ops.calendar.law;

import static java.time.DayOfWeek.MONDAY;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import jp.resas.ops.calendar.Holiday;

/**
 * The 国民の祝日 of article 2 as the law read in each year: the 1948 days, the 1966 additions, the
 * 1989 and 2019 era changes, the happy-Monday moves (2000, 2003) and the days added since, plus the
 * Olympic moves of 2020 and 2021 (東京オリンピック特措法 as amended), which are the law for those years.
 */
final class NationalHolidays {

    private NationalHolidays() {
    }

    static List<Holiday> of(int year) {
        var days = new ArrayList<Holiday>();
        add(days, LocalDate.of(year, 1, 1), "元日");
        add(days, year < 2000 ? LocalDate.of(year, 1, 15) : nthMonday(year, 1, 2), "成人の日");
        if (year >= 1967) {
            add(days, LocalDate.of(year, 2, 11), "建国記念の日");
        }
        if (year >= 2020) {
            add(days, LocalDate.of(year, 2, 23), "天皇誕生日");
        }
        add(days, EquinoxDays.vernal(year), "春分の日");
        add(days, LocalDate.of(year, 4, 29), year < 1989 ? "天皇誕生日" : year < 2007 ? "みどりの日" : "昭和の日");
        add(days, LocalDate.of(year, 5, 3), "憲法記念日");
        if (year >= 2007) {
            add(days, LocalDate.of(year, 5, 4), "みどりの日");
        }
        add(days, LocalDate.of(year, 5, 5), "こどもの日");
        marineDay(year, days);
        if (year >= 2016) {
            add(days, year == 2020 ? LocalDate.of(2020, 8, 10)
                    : year == 2021 ? LocalDate.of(2021, 8, 8) : LocalDate.of(year, 8, 11), "山の日");
        }
        if (year >= 1966) {
            add(days, year < 2003 ? LocalDate.of(year, 9, 15) : nthMonday(year, 9, 3), "敬老の日");
        }
        add(days, EquinoxDays.autumnal(year), "秋分の日");
        sportsDay(year, days);
        add(days, LocalDate.of(year, 11, 3), "文化の日");
        add(days, LocalDate.of(year, 11, 23), "勤労感謝の日");
        if (year >= 1989 && year <= 2018) {
            add(days, LocalDate.of(year, 12, 23), "天皇誕生日");
        }
        return days;
    }

    private static void marineDay(int year, List<Holiday> days) {
        if (year < 1996) {
            return;
        }
        LocalDate date = year < 2003 ? LocalDate.of(year, 7, 20) : nthMonday(year, 7, 3);
        if (year == 2020 || year == 2021) {
            date = year == 2020 ? LocalDate.of(2020, 7, 23) : LocalDate.of(2021, 7, 22);
        }
        add(days, date, "海の日");
    }

    /** 体育の日 became スポーツの日 in 2020; the Cabinet Office list already says so for 2019. */
    private static void sportsDay(int year, List<Holiday> days) {
        if (year < 1966) {
            return;
        }
        if (year < 2000) {
            add(days, LocalDate.of(year, 10, 10), "体育の日");
        } else if (year < 2020) {
            add(days, nthMonday(year, 10, 2), year == 2019 ? "体育の日（スポーツの日）" : "体育の日");
        } else {
            LocalDate date = year == 2020 ? LocalDate.of(2020, 7, 24)
                    : year == 2021 ? LocalDate.of(2021, 7, 23) : nthMonday(year, 10, 2);
            add(days, date, "スポーツの日");
        }
    }

    private static LocalDate nthMonday(int year, int month, int n) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, MONDAY));
    }

    private static void add(List<Holiday> days, LocalDate date, String name) {
        days.add(new Holiday(date, name));
    }
}
