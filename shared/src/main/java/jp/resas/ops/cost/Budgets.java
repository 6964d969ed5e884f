package jp.resas.ops.cost;

import java.time.YearMonth;
import java.util.List;

/** Budget thresholds and the breaches already ticketed (port; PostgreSQL in {@code infrastructure}). */
public interface Budgets {

    /** The month's thresholds and those set for every month, lowest first. */
    List<BudgetThreshold> thresholds(YearMonth month);

    /** Records the breach; false when it was recorded before (its ticket exists). */
    boolean recordOnce(BudgetBreach breach, java.time.Instant at);

    void linkIncident(BudgetBreach breach, long incidentId);
}
