package jp.resas.ops.cost.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import jp.resas.ops.cost.BudgetPlan;
import jp.resas.ops.cost.CostMonthReport;
import jp.resas.ops.portal.web.Charts;

/** The costs page: amounts as text (取得できませんでした when AWS did not report one), and the daily chart. */
final class CostPageViews {

    static final String MISSING = "取得できませんでした";

    private CostPageViews() {
    }

    record ServiceRow(String service, String unblended, String amortized, boolean estimated) {
    }

    record DayRow(String day, String unblended, String amortized) {
    }

    record BudgetRow(String threshold, String state, String stateLabel, Long incidentId) {
    }

    record View(String month, String unit, String total, String totalAmortized, List<ServiceRow> services,
            List<DayRow> daily, String forecast, String forecastOn, List<BudgetRow> budgets, String chartJson,
            String lastRun) {
    }

    record Budget(String month, String thresholds, String unit) {
        static Budget of(BudgetPlan plan) {
            return new Budget(BudgetPlan.EVERY_MONTH.equals(plan.month()) ? "毎月（既定）" : plan.month(),
                    String.join(", ", plan.thresholds().stream().map(BigDecimal::toPlainString).toList()), plan.unit());
        }
    }

    static View of(CostMonthReport r) {
        List<ServiceRow> services = r.services().stream().map(s -> new ServiceRow(s.service()
                + (s.tagValue() == null || s.tagValue().isBlank() ? "" : "（" + s.tagValue() + "）"),
                amount(s.unblended()), amount(s.amortized()), s.estimated())).toList();
        List<DayRow> daily = r.daily().stream().map(d -> new DayRow(d.day(), amount(d.unblended()), amount(d.amortized())))
                .toList();
        List<String> labels = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        r.daily().forEach(d -> {
            labels.add(d.day().length() >= 10 ? d.day().substring(5) : d.day());
            values.add(d.unblended());
        });
        List<BudgetRow> budgets = r.budgets().stream().map(b -> new BudgetRow(amount(b.threshold()) + " " + b.unit(),
                b.state(), stateLabel(b.state()), b.incidentId())).toList();
        // A month nothing was collected for has no total: 取得できませんでした, never 0.
        BigDecimal unblended = r.total() == null ? null : r.total().unblended();
        BigDecimal amortized = r.total() == null ? null : r.total().amortized();
        return new View(r.month(), r.unit(), amount(unblended), amount(amortized), services, daily,
                r.forecast() == null ? MISSING : amount(r.forecast().amount()) + " " + r.forecast().unit(),
                r.forecast() == null ? "" : r.forecast().computedOn(), budgets,
                Charts.json("bar", labels, List.of(new Charts.Series("日別コスト（" + r.unit() + "）", values)), r.unit()),
                r.lastRun() == null ? "収集の記録がありません" : r.lastRun().status() + " " + r.lastRun().finishedAt());
    }

    static View empty(String month) {
        return new View(month, "", MISSING, MISSING, List.of(), List.of(), MISSING, "", List.of(), null, "");
    }

    static String amount(BigDecimal value) {
        return value == null ? MISSING : value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    static String stateLabel(String state) {
        return switch (state == null ? "" : state) {
            case "OK", "UNDER" -> "範囲内";
            case "FORECAST_OVER", "FORECASTED" -> "予測で超過";
            case "OVER", "ACTUAL", "EXCEEDED" -> "超過";
            default -> state == null ? "" : state;
        };
    }
}
