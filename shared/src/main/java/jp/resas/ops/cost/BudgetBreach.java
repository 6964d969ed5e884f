package jp.resas.ops.cost;

import java.math.BigDecimal;
import java.time.YearMonth;

/** A threshold crossed in a month, by the actual cost so far or by the month-end forecast. */
public record BudgetBreach(YearMonth month, BudgetThreshold threshold, Basis basis, BigDecimal amount) {

    public enum Basis { ACTUAL, FORECAST }
}
