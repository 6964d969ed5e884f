package jp.resas.ops.cost;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import jp.resas.ops.common.CsvTable;
import jp.resas.ops.monitoring.runs.RunSummary;

/**
 * The monthly report's cloud-cost table: cost by service, by linked account (RESAS's, RESAS Ops' own, and
 * any the monitored-system description does not name), the daily totals, the month-end forecast and where
 * the month stands against each budget threshold. Null amounts were not reported by AWS.
 *
 * @param accounts the month's cost per linked account, the largest first, each with its services
 * @param lastRun  the cost collector's latest run for the month, or null when it never ran
 */
public record CostMonthReport(String month, String unit, Totals total, List<ServiceCost> services,
        List<AccountTotal> accounts, List<DayTotal> daily, ForecastView forecast, List<BudgetState> budgets, RunSummary lastRun)
        implements CsvTable.Source {

    public record Totals(BigDecimal unblended, BigDecimal amortized) {
    }

    public record ServiceCost(String service, String tagValue, BigDecimal unblended, BigDecimal amortized,
            boolean estimated) {
    }

    /**
     * @param owner      {@code RESAS}, {@code RESAS_OPS} or {@code UNLISTED} ({@link LinkedAccount.Owner})
     * @param ownerName  whose account it is, as reports print it (the description's system or RESAS Ops name)
     * @param name       the description's account name, null when the description does not name the account
     */
    public record AccountTotal(String accountId, String owner, String ownerName, String name, BigDecimal unblended,
            BigDecimal amortized, List<AccountService> services) {
    }

    public record AccountService(String service, BigDecimal unblended, BigDecimal amortized, boolean estimated) {
    }

    public record DayTotal(String day, BigDecimal unblended, BigDecimal amortized) {
    }

    public record ForecastView(BigDecimal amount, String unit, String computedOn) {
    }

    /** @param state {@code OK}, {@code FORECAST_OVER} or {@code OVER} */
    public record BudgetState(BigDecimal threshold, String unit, String state, Long incidentId) {
    }

    @Override
    public CsvTable csv() {
        List<List<Object>> rows = new ArrayList<>();
        services.forEach(s -> rows.add(List.of(month, s.service(), s.tagValue(), nullable(s.unblended()),
                nullable(s.amortized()), unit, s.estimated())));
        return new CsvTable(List.of("month", "service", "tag_value", "unblended_cost", "amortized_cost", "unit",
                "estimated"), rows);
    }

    private static Object nullable(BigDecimal value) {
        return value == null ? "" : value;
    }
}
