package jp.resas.ops.cost;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A GetCostAndUsage request: {@code [start, end)}, grouped by SERVICE and, when given, by one tag; or,
 * {@code byLinkedAccount}, by LINKED_ACCOUNT then SERVICE (Cost Explorer groups by two keys at most, so an
 * account query carries no tag).
 */
public record CostQuery(LocalDate start, LocalDate end, Granularity granularity, Optional<String> tagKey,
        boolean byLinkedAccount) {

    public static final String UNBLENDED = "UnblendedCost";
    public static final String AMORTIZED = "AmortizedCost";

    public enum Granularity { DAILY, MONTHLY }

    public CostQuery {
        if (byLinkedAccount && tagKey.isPresent()) {
            throw new IllegalArgumentException("Cost Explorer groups by two keys at most: LINKED_ACCOUNT and SERVICE");
        }
    }

    /** By SERVICE (and the tag when given). */
    public CostQuery(LocalDate start, LocalDate end, Granularity granularity, Optional<String> tagKey) {
        this(start, end, granularity, tagKey, false);
    }

    /** By LINKED_ACCOUNT, then SERVICE: each group's keys are the 12-digit account id and the service. */
    public static CostQuery byAccount(LocalDate start, LocalDate end, Granularity granularity) {
        return new CostQuery(start, end, granularity, Optional.empty(), true);
    }
}
