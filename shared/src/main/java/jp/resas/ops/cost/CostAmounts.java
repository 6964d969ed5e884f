package jp.resas.ops.cost;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Unblended (what was billed when used) and amortised (upfront fees of reservations and savings
 * plans spread over their term) cost. Either may be null when Cost Explorer did not report it.
 */
public record CostAmounts(BigDecimal unblended, BigDecimal amortized, String unit) {

    public CostAmounts {
        Objects.requireNonNull(unit, "unit");
    }

    public CostAmounts plus(CostAmounts other) {
        return new CostAmounts(add(unblended, other.unblended), add(amortized, other.amortized), unit);
    }

    /** A sum with a missing part is missing: a partial figure would read as a complete one. */
    private static BigDecimal add(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : a.add(b);
    }
}
