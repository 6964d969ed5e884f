package jp.resas.ops.calendar.law;

import java.time.LocalDate;

/**
 * 春分の日 and 秋分の日. The law names the equinox, which the National Astronomical Observatory
 * announces each February for the next year; for later years we use the standard approximation
 * (the mean tropical-year drift 0.242194 days/year from the 1980 equinox, with leap-year correction),
 * which matches every equinox day of the Cabinet Office list (1955-2027, checked by a test) and is
 * the commonly published approximation for 1900-2150.
 */
final class EquinoxDays {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2150;

    private EquinoxDays() {
    }

    static LocalDate vernal(int year) {
        return LocalDate.of(year, 3, day(year, 20.8357, 20.8431, 21.8510));
    }

    static LocalDate autumnal(int year) {
        return LocalDate.of(year, 9, day(year, 23.2588, 23.2488, 24.2488));
    }

    /** The base day shifts at 1980 and 2100 as the Gregorian leap-year rule skips 2100. */
    private static int day(int year, double before1980, double until2099, double from2100) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException(
                    "equinox formula only holds for " + FIRST_YEAR + "-" + LAST_YEAR + ": " + year);
        }
        double base = year < 1980 ? before1980 : year < 2100 ? until2099 : from2100;
        // Truncating division, as in the published formula: before 1983 it rounds toward zero.
        int leapCorrection = (year - (year < 1980 ? 1983 : 1980)) / 4;
        return (int) Math.floor(base + 0.242194 * (year - 1980) - leapCorrection);
    }
}
