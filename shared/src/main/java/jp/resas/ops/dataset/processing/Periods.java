package jp.resas.ops.dataset.processing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises how files write periods to {@code YYYY} or {@code YYYY-MM}: {@code 2020}, {@code 2020年},
 * {@code 2024-01}, {@code 2024/1}, {@code 2024年1月}, {@code 202401}, and e-Stat time codes
 * ({@code 2020000000} = 2020, {@code 2024000101} = January 2024). Null when it is none of these.
 */
final class Periods {

    private static final Pattern YEAR = Pattern.compile("(\\d{4})年?(度)?");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})(?:[-/]|年)(\\d{1,2})月?");
    private static final Pattern COMPACT_MONTH = Pattern.compile("(\\d{4})(\\d{2})");
    private static final Pattern ESTAT = Pattern.compile("(\\d{4})00(\\d{2})(\\d{2})");

    private Periods() {
    }

    static String normalise(String text) {
        Matcher matcher;
        if ((matcher = YEAR.matcher(text)).matches()) {
            return matcher.group(1);
        }
        if ((matcher = ESTAT.matcher(text)).matches()) {
            return matcher.group(2).equals("00") ? matcher.group(1) : month(matcher.group(1), matcher.group(2));
        }
        if ((matcher = MONTH.matcher(text)).matches() || (matcher = COMPACT_MONTH.matcher(text)).matches()) {
            return month(matcher.group(1), matcher.group(2));
        }
        return null;
    }

    private static String month(String year, String month) {
        int value = Integer.parseInt(month);
        return value >= 1 && value <= 12 ? year + "-" + (value < 10 ? "0" : "") + value : null;
    }
}
