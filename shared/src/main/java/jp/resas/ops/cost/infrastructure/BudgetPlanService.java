package jp.resas.ops.cost.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.cost.BudgetPlan;
import jp.resas.ops.platform.jdbc.Keyset;
import jp.resas.ops.platform.jdbc.Sql;

/** Administrators' budget thresholds: read all, replace a month's set (audited, in one transaction). */
@Singleton
public class BudgetPlanService {

    private final Sql sql;
    private final AuditLog audit;

    BudgetPlanService(Sql sql, AuditLog audit) {
        this.sql = sql;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<BudgetPlan> all() {
        Map<String, List<BigDecimal>> thresholds = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        sql.query("SELECT month, threshold, unit FROM cost_budget ORDER BY month, threshold", row -> {
            thresholds.computeIfAbsent(row.getString("month"), m -> new ArrayList<>()).add(row.getBigDecimal("threshold"));
            units.put(row.getString("month"), row.getString("unit"));
            return null;
        });
        return thresholds.entrySet().stream()
                .map(e -> new BudgetPlan(e.getKey(), e.getValue(), units.get(e.getKey()))).toList();
    }

    /** One keyset page of {@link #all()}, by month (the every-month plan {@code *} in the text order of the database). */
    @Transactional(readOnly = true)
    public Keyset.Page<BudgetPlan> page(Keyset.Request request) {
        Keyset.Page<String> months = Keyset.ascending(Keyset.text("month")).page(sql,
                "SELECT DISTINCT month FROM cost_budget", row -> row.getString("month"), request);
        Map<String, List<BigDecimal>> thresholds = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        for (String month : months.items()) {
            thresholds.put(month, new ArrayList<>());
        }
        sql.query("SELECT month, threshold, unit FROM cost_budget WHERE month = ANY (?) ORDER BY month, threshold", row -> {
            thresholds.get(row.getString("month")).add(row.getBigDecimal("threshold"));
            units.put(row.getString("month"), row.getString("unit"));
            return null;
        }, (Object) months.items().toArray(String[]::new));
        return new Keyset.Page<>(thresholds.entrySet().stream()
                .map(e -> new BudgetPlan(e.getKey(), e.getValue(), units.get(e.getKey()))).toList(), months.nextCursor());
    }

    /** An empty list of thresholds removes the month's budget. */
    @Transactional
    public BudgetPlan replace(BudgetPlan plan, String actor, String source) {
        List<BigDecimal> before = sql.query("SELECT threshold FROM cost_budget WHERE month = ? ORDER BY threshold",
                row -> row.getBigDecimal(1), plan.month());
        sql.update("DELETE FROM cost_budget WHERE month = ?", plan.month());
        for (BigDecimal threshold : plan.thresholds()) {
            sql.update("INSERT INTO cost_budget (month, threshold, unit) VALUES (?, ?, ?)", plan.month(), threshold,
                    plan.unit());
        }
        audit.append(new AuditEntry(actor, "cost.budget.replace", "cost_budget", plan.month(),
                Map.of("before", before, "after", plan.thresholds(), "unit", plan.unit()), source));
        return plan;
    }
}
