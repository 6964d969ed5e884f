package jp.resas.ops.cost;

import java.time.LocalDate;

public record DailyCost(LocalDate day, String service, CostAmounts amounts, boolean estimated) {
}
