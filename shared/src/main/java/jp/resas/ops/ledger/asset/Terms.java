package jp.resas.ops.ledger.asset;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The terms of a licence or contract: who provides it, what it costs (per term, in {@code costUnit}),
 * when it must be renewed, how many days' notice the provider needs, and what use it permits.
 */
public record Terms(String provider, BigDecimal cost, String costUnit, LocalDate renewalOn, Integer noticeDays,
        String permittedUse) {

    public static final Terms NONE = new Terms(null, null, null, null, null, null);
}
