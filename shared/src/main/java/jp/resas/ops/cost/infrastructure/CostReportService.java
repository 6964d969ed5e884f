package jp.resas.ops.cost.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import jp.resas.ops.cost.CostMonthReport;
import jp.resas.ops.cost.CostMonthReport.BudgetState;
import jp.resas.ops.cost.CostMonthReport.DayTotal;
import jp.resas.ops.cost.CostMonthReport.ForecastView;
import jp.resas.ops.cost.CostMonthReport.ServiceCost;
import jp.resas.ops.cost.CostMonthReport.Totals;
import jp.resas.ops.monitoring.runs.infrastructure.RunViews;
import jp.resas.ops.platform.jdbc.Sql;

/** Reads what the cost collector stored; sums with a missing part stay missing (SQL's null). */
@Singleton
public class CostReportService {

    private final Sql sql;
    private final RunViews runs;

    CostReportService(Sql sql, RunViews runs) {
        this.sql = sql;
        this.runs = runs;
    }

    @Transactional(readOnly = true)
    public CostMonthReport month(YearMonth month) {
        String key = month.toString();
        List<ServiceCost> services = sql.query("SELECT service, tag_value, unblended, amortized, estimated "
                + "FROM cost_monthly WHERE month = ? ORDER BY unblended DESC NULLS LAST, service, tag_value",
                row -> new ServiceCost(row.getString("service"), row.getString("tag_value"),
                        row.getBigDecimal("unblended"), row.getBigDecimal("amortized"), row.getBoolean("estimated")),
                key);
        // An aggregate answers one row even for a month without data: coalesce, as a null row cannot be an Optional.
        String unit = sql.queryOne("SELECT coalesce(min(unit), 'USD') FROM cost_monthly WHERE month = ?",
                row -> row.getString(1), key).orElse("USD");
        Totals total = services.isEmpty() ? null : sql.queryOne("SELECT CASE WHEN bool_or(unblended IS NULL) THEN NULL "
                + "ELSE sum(unblended) END AS u, CASE WHEN bool_or(amortized IS NULL) THEN NULL ELSE sum(amortized) END "
                + "AS a FROM cost_monthly WHERE month = ?", row -> new Totals(row.getBigDecimal("u"),
                row.getBigDecimal("a")), key).orElseThrow();
        List<DayTotal> daily = sql.query("SELECT day, CASE WHEN bool_or(unblended IS NULL) THEN NULL ELSE sum(unblended) "
                + "END AS u, CASE WHEN bool_or(amortized IS NULL) THEN NULL ELSE sum(amortized) END AS a FROM cost_daily "
                + "WHERE day >= ? AND day < ? GROUP BY day ORDER BY day", row -> new DayTotal(
                row.getObject("day", java.time.LocalDate.class).toString(), row.getBigDecimal("u"),
                row.getBigDecimal("a")), month.atDay(1), month.plusMonths(1).atDay(1));
        Optional<ForecastView> forecast = sql.queryOne("SELECT amount, unit, computed_on FROM cost_forecast WHERE month = ?",
                row -> new ForecastView(row.getBigDecimal("amount"), row.getString("unit"),
                        row.getObject("computed_on", java.time.LocalDate.class).toString()), key);
        List<BudgetState> budgets = sql.query("SELECT b.threshold, b.unit, max(CASE WHEN x.basis = 'ACTUAL' THEN 2 "
                + "WHEN x.basis = 'FORECAST' THEN 1 ELSE 0 END) AS level, max(x.incident_id) AS incident "
                + "FROM cost_budget b LEFT JOIN cost_budget_breach x ON x.month = ? AND x.threshold = b.threshold "
                + "WHERE b.month IN (?, '*') GROUP BY b.threshold, b.unit ORDER BY b.threshold",
                CostReportService::budget, key, key);
        return new CostMonthReport(key, unit, total, services, daily, forecast.orElse(null), budgets,
                runs.latest("cost-collector", key).orElse(null));
    }

    private static BudgetState budget(ResultSet row) throws SQLException {
        int level = row.getInt("level");
        long incident = row.getLong("incident");
        return new BudgetState(row.getBigDecimal("threshold"), row.getString("unit"),
                level == 2 ? "OVER" : level == 1 ? "FORECAST_OVER" : "OK", row.wasNull() ? null : incident);
    }

}
