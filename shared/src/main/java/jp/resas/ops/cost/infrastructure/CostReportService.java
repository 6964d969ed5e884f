package jp.resas.ops.cost.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import jp.resas.ops.cost.LinkedAccount;
import jp.resas.ops.cost.CostMonthReport.AccountService;
import jp.resas.ops.cost.CostMonthReport.AccountTotal;
import jp.resas.ops.monitored.MonitoredSystem;
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

    static final String UNLISTED_OWNER = "監視対象の記述にないアカウント";

    private final Sql sql;
    private final RunViews runs;
    private final MonitoredSystem system;

    CostReportService(Sql sql, RunViews runs, MonitoredSystem system) {
        this.sql = sql;
        this.runs = runs;
        this.system = system;
    }

    @Transactional(readOnly = true)
    public CostMonthReport month(YearMonth month) {
        String key = month.toString();
        List<ServiceCost> services = sql.query("SELECT service, tag_value, unblended, amortized, estimated "
                + "FROM cost_monthly WHERE month = ? ORDER BY unblended DESC NULLS LAST, service, tag_value",
                row -> new ServiceCost(row.getString("service"), row.getString("tag_value"),
                        row.getBigDecimal("unblended"), row.getBigDecimal("amortized"), row.getBoolean("estimated")),
                key);
        // coalesce: an aggregate over no rows is one NULL row, which queryOne cannot hold
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
        return new CostMonthReport(key, unit, total, services, accounts(key), daily, forecast.orElse(null), budgets,
                runs.latest("cost-collector", key).orElse(null));
    }

    /** Each account's services, largest first; an account's total with a missing part stays missing. */
    private List<AccountTotal> accounts(String month) {
        Map<String, List<AccountService>> services = new LinkedHashMap<>();
        Map<String, String[]> owners = new LinkedHashMap<>();
        sql.query("SELECT account_id, owner, account_name, service, unblended, amortized, estimated "
                + "FROM cost_account_monthly WHERE month = ? ORDER BY unblended DESC NULLS LAST, service", row -> {
                    String id = row.getString("account_id");
                    owners.putIfAbsent(id, new String[] {row.getString("owner"), row.getString("account_name")});
                    services.computeIfAbsent(id, k -> new ArrayList<>()).add(new AccountService(row.getString("service"),
                            row.getBigDecimal("unblended"), row.getBigDecimal("amortized"), row.getBoolean("estimated")));
                    return null;
                }, month);
        return services.entrySet().stream().map(e -> new AccountTotal(e.getKey(), owners.get(e.getKey())[0],
                        ownerName(owners.get(e.getKey())[0]), owners.get(e.getKey())[1],
                        sum(e.getValue(), AccountService::unblended), sum(e.getValue(), AccountService::amortized),
                        List.copyOf(e.getValue())))
                .sorted(Comparator.comparing(AccountTotal::unblended, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(AccountTotal::accountId))
                .toList();
    }

    private String ownerName(String owner) {
        return switch (LinkedAccount.Owner.valueOf(owner)) {
            case RESAS -> system.name();
            case RESAS_OPS -> system.opsPlatform().name();
            case UNLISTED -> UNLISTED_OWNER;
        };
    }

    private static BigDecimal sum(List<AccountService> services, Function<AccountService, BigDecimal> amount) {
        BigDecimal total = BigDecimal.ZERO;
        for (AccountService service : services) {
            if (amount.apply(service) == null) {
                return null;
            }
            total = total.add(amount.apply(service));
        }
        return total;
    }

    private static BudgetState budget(ResultSet row) throws SQLException {
        int level = row.getInt("level");
        long incident = row.getLong("incident");
        return new BudgetState(row.getBigDecimal("threshold"), row.getString("unit"),
                level == 2 ? "OVER" : level == 1 ? "FORECAST_OVER" : "OK", row.wasNull() ? null : incident);
    }

}
