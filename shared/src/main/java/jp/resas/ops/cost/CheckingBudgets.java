package jp.resas.ops.cost;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.resas.ops.monitoring.runs.CollectorIncidents;

/**
 * Each threshold crossed opens one ticket per month and basis: the actual cost so far first (it is
 * certain), else the forecast (a warning while there is time to act). A later run that finds the
 * same crossing opens nothing; the forecast ticket does not stop the actual one when it comes.
 */
public final class CheckingBudgets {

    private final Budgets budgets;
    private final CollectorIncidents incidents;

    public CheckingBudgets(Budgets budgets, CollectorIncidents incidents) {
        this.budgets = budgets;
        this.incidents = incidents;
    }

    public List<BudgetBreach> check(CostHarvest harvest, Instant now) {
        Optional<BigDecimal> actual = actual(harvest);
        Optional<BigDecimal> forecast = harvest.forecast().map(Forecast::amount);
        List<BudgetBreach> opened = new ArrayList<>();
        for (BudgetThreshold threshold : budgets.thresholds(harvest.month())) {
            BudgetBreach breach = null;
            if (actual.isPresent() && actual.get().compareTo(threshold.amount()) >= 0) {
                breach = new BudgetBreach(harvest.month(), threshold, BudgetBreach.Basis.ACTUAL, actual.get());
            } else if (forecast.isPresent() && forecast.get().compareTo(threshold.amount()) >= 0) {
                breach = new BudgetBreach(harvest.month(), threshold, BudgetBreach.Basis.FORECAST, forecast.get());
            }
            if (breach != null && budgets.recordOnce(breach, now)) {
                budgets.linkIncident(breach, open(breach, now));
                opened.add(breach);
            }
        }
        return opened;
    }

    /** The month's unblended total, unless a part of it is unknown. */
    private static Optional<BigDecimal> actual(CostHarvest harvest) {
        BigDecimal total = BigDecimal.ZERO;
        for (MonthlyCost cost : harvest.monthly()) {
            if (cost.amounts().unblended() == null) {
                return Optional.empty();
            }
            total = total.add(cost.amounts().unblended());
        }
        return harvest.monthly().isEmpty() ? Optional.empty() : Optional.of(total);
    }

    private long open(BudgetBreach breach, Instant now) {
        String threshold = breach.threshold().amount().toPlainString() + " " + breach.threshold().unit();
        String what = breach.basis() == BudgetBreach.Basis.ACTUAL ? "実績" : "予測";
        String key = "budget:" + breach.month() + ":" + breach.threshold().amount().toPlainString() + ":" + breach.basis();
        return incidents.openOrAdd(key, "BUDGET", 3,
                breach.month() + " のクラウド費用" + what + "が予算しきい値 " + threshold + " を超過",
                "cost " + breach.basis() + " " + breach.amount().toPlainString() + " " + breach.threshold().unit()
                        + " reached threshold " + threshold + " for " + breach.month(), now);
    }
}
