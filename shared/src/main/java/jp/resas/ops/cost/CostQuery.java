package jp.resas.ops.cost;

import java.time.LocalDate;
import java.util.Optional;

/** A GetCostAndUsage request: {@code [start, end)}, grouped by SERVICE and, when given, by one tag. */
public record CostQuery(LocalDate start, LocalDate end, Granularity granularity, Optional<String> tagKey) {

    public static final String UNBLENDED = "UnblendedCost";
    public static final String AMORTIZED = "AmortizedCost";

    public enum Granularity { DAILY, MONTHLY }
}
