package jp.resas.ops.cost;

import java.time.YearMonth;

/** A month's cost of one AWS service in one linked account. */
public record AccountCost(YearMonth month, LinkedAccount account, String service, CostAmounts amounts,
        boolean estimated) {
}
