package jp.resas.ops.cost;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import jp.resas.ops.common.InvalidInputException;

/**
 * The budget thresholds of one month, or of every month ({@link #EVERY_MONTH}): crossing one, by the
 * actual cost or the forecast, opens a ticket once. Validated as administrators set it.
 */
public record BudgetPlan(String month, List<BigDecimal> thresholds, String unit) {

    public static final String EVERY_MONTH = "*";
    public static final int MAX_THRESHOLDS = 10;
    private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");
    private static final Pattern UNIT = Pattern.compile("[A-Z]{3}");

    public BudgetPlan {
        if (!EVERY_MONTH.equals(month) && !MONTH.matcher(month).matches()) {
            throw new InvalidInputException("month", "月は YYYY-MM か、毎月に適用する場合は default を指定してください。");
        }
        if (!EVERY_MONTH.equals(month)) {
            jp.resas.ops.common.SaneDates.month("month", java.time.YearMonth.parse(month));
        }
        if (thresholds == null || thresholds.size() > MAX_THRESHOLDS) {
            throw new InvalidInputException("thresholds", "しきい値は " + MAX_THRESHOLDS + " 個以内で指定してください。");
        }
        if (thresholds.stream().anyMatch(t -> t == null || t.signum() <= 0)) {
            throw new InvalidInputException("thresholds", "しきい値は 0 より大きい金額で指定してください。");
        }
        if (thresholds.stream().distinct().count() != thresholds.size()) {
            throw new InvalidInputException("thresholds", "同じしきい値が重複しています。");
        }
        if (unit == null || !UNIT.matcher(unit).matches() || !isCurrency(unit)) {
            throw new InvalidInputException("unit", "通貨は USD や JPY のような ISO 4217 の通貨コードで指定してください。");
        }
        thresholds = thresholds.stream().sorted().toList();
    }

    private static boolean isCurrency(String code) {
        return java.util.Currency.getAvailableCurrencies().stream().anyMatch(c -> c.getCurrencyCode().equals(code));
    }
}
