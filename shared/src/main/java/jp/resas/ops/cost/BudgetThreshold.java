package jp.resas.ops.cost;

import java.math.BigDecimal;

public record BudgetThreshold(BigDecimal amount, String unit) {
}
