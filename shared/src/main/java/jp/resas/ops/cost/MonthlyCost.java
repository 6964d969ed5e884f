package jp.resas.ops.cost;

import java.time.YearMonth;

/** @param tagValue the cost-allocation tag's value, {@code ""} when untagged or not grouped by tag */
public record MonthlyCost(YearMonth month, String service, String tagValue, CostAmounts amounts, boolean estimated) {
}
