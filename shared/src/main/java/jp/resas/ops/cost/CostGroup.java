package jp.resas.ops.cost;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One group of a GetCostAndUsage result: the period it starts, its keys (the service, then the tag
 * as {@code Key$value}), the metrics by name ({@code UnblendedCost} → amount and unit), and whether
 * AWS still estimates it.
 */
public record CostGroup(LocalDate periodStart, List<String> keys, Map<String, Amount> metrics, boolean estimated) {

    public CostGroup {
        keys = List.copyOf(keys);
        metrics = Map.copyOf(metrics);
    }

    public record Amount(java.math.BigDecimal value, String unit) {
    }
}
