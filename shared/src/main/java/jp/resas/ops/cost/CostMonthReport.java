package jp.resas.ops.cost;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import jp.resas.ops.common.CsvTable;
import jp.resas.ops.monitoring.runs.RunSummary;

/**
 * The monthly report's cloud-cost table: cost by service, the daily totals, the month-end forecast
 * and where the month stands against each budget threshold. Null amounts were not reported by AWS.
 *
 * @param lastRun the cost collector's latest run for the month, or null when it never ran
 */
public record CostMonthReport(String month, String unit, Totals total, List<ServiceCost> services,
        List<DayTotal> daily, ForecastView forecast, List<BudgetState> budgets, RunSummary lastRun)
        implements CsvTable.Source {

    public record Totals(BigDecimal unblended, BigDecimal amortized) {
    }

    public record ServiceCost(String service, String tagValue, BigDecimal unblended, BigDecimal amortized,
            boolean estimated) {
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
