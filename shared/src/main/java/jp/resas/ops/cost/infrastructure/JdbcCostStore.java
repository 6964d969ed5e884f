package jp.resas.ops.cost.infrastructure;

import jakarta.inject.Singleton;
import jp.resas.ops.cost.AccountCost;
import jp.resas.ops.cost.CostHarvest;
import jp.resas.ops.cost.DailyCost;
import jp.resas.ops.cost.MonthlyCost;
import jp.resas.ops.platform.jdbc.Sql;

/** Replaces a month's cost rows; runs inside the collector's transaction. */
@Singleton
final class JdbcCostStore {

    private final Sql sql;

    JdbcCostStore(Sql sql) {
        this.sql = sql;
    }

    void replace(CostHarvest harvest) {
        String month = harvest.month().toString();
        sql.update("DELETE FROM cost_daily WHERE day >= ? AND day < ?", harvest.month().atDay(1),
                harvest.month().plusMonths(1).atDay(1));
        sql.update("DELETE FROM cost_monthly WHERE month = ?", month);
        sql.update("DELETE FROM cost_forecast WHERE month = ?", month);
        sql.update("DELETE FROM cost_account_monthly WHERE month = ?", month);
        for (DailyCost day : harvest.daily()) {
            sql.update("INSERT INTO cost_daily (day, service, unblended, amortized, unit, estimated) VALUES (?, ?, ?, ?, ?, ?)",
                    day.day(), day.service(), day.amounts().unblended(), day.amounts().amortized(),
                    day.amounts().unit(), day.estimated());
        }
        for (MonthlyCost cost : harvest.monthly()) {
            sql.update("INSERT INTO cost_monthly (month, service, tag_value, unblended, amortized, unit, estimated) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?)", month, cost.service(), cost.tagValue(),
                    cost.amounts().unblended(), cost.amounts().amortized(), cost.amounts().unit(), cost.estimated());
        }
        for (AccountCost cost : harvest.byAccount()) {
            sql.update("INSERT INTO cost_account_monthly (month, account_id, owner, account_name, service, unblended, "
                    + "amortized, unit, estimated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", month, cost.account().id(),
                    cost.account().owner().name(), cost.account().name(), cost.service(), cost.amounts().unblended(),
                    cost.amounts().amortized(), cost.amounts().unit(), cost.estimated());
        }
        harvest.forecast().ifPresent(forecast -> sql.update(
                "INSERT INTO cost_forecast (month, amount, unit, computed_on) VALUES (?, ?, ?, ?)",
                month, forecast.amount(), forecast.unit(), forecast.computedOn()));
    }
}
