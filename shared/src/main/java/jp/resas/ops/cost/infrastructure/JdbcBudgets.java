package jp.resas.ops.cost.infrastructure;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import jp.resas.ops.cost.BudgetBreach;
import jp.resas.ops.cost.BudgetThreshold;
import jp.resas.ops.cost.Budgets;
import jp.resas.ops.platform.jdbc.Sql;

@Singleton
final class JdbcBudgets implements Budgets {

    private final Sql sql;

    JdbcBudgets(Sql sql) {
        this.sql = sql;
    }

    @Override
    public List<BudgetThreshold> thresholds(YearMonth month) {
        return sql.query("SELECT DISTINCT threshold, unit FROM cost_budget WHERE month IN (?, '*') ORDER BY threshold",
                row -> new BudgetThreshold(row.getBigDecimal("threshold"), row.getString("unit")), month.toString());
    }

    @Override
    public boolean recordOnce(BudgetBreach breach, Instant at) {
        return sql.update("INSERT INTO cost_budget_breach (month, threshold, basis, amount, detected_at) "
                + "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", breach.month().toString(),
                breach.threshold().amount(), breach.basis(), breach.amount(), at) == 1;
    }

    @Override
    public void linkIncident(BudgetBreach breach, long incidentId) {
        sql.update("UPDATE cost_budget_breach SET incident_id = ? WHERE month = ? AND threshold = ? AND basis = ?",
                incidentId, breach.month().toString(), breach.threshold().amount(), breach.basis());
    }
}
