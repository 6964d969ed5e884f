package jp.resas.ops.cost.infrastructure;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import jp.resas.ops.cost.CheckingBudgets;
import jp.resas.ops.cost.CollectingCosts;
import jp.resas.ops.cost.CostExplorer;
import jp.resas.ops.cost.Budgets;
import jp.resas.ops.monitored.MonitoredSystem;
import jp.resas.ops.monitoring.runs.CollectionPeriod;
import jp.resas.ops.monitoring.runs.Collector;
import jp.resas.ops.monitoring.runs.CollectorIncidents;
import jp.resas.ops.monitoring.runs.RunReport;
import jp.resas.ops.monitoring.runs.infrastructure.CollectorRunner;

/**
 * The cost collector: one month's cost (by service, and by linked account mapped to the monitored-system
 * description) replaced and its budgets checked in one transaction.
 * {@link CostSettings#tagKey()} ({@code RESAS_COSTS_TAG_KEY}) names a cost-allocation tag to group by.
 */
@Singleton
public class CostCollectorService {

    private final CollectorRunner runner;
    private final CollectingCosts collecting;
    private final CheckingBudgets budgets;
    private final JdbcCostStore store;
    private final Clock clock;

    CostCollectorService(CollectorRunner runner, CostExplorer explorer, JdbcCostStore store, Budgets budgets,
            CollectorIncidents incidents, Clock clock, CostSettings settings, MonitoredSystem system) {
        this.runner = runner;
        this.collecting = new CollectingCosts(explorer, settings.tag(), system);
        this.budgets = new CheckingBudgets(budgets, incidents);
        this.store = store;
        this.clock = clock;
    }

    public RunReport collect(CollectionPeriod month) {
        LocalDate today = LocalDate.now(clock.withZone(CollectionPeriod.JST));
        return runner.run(Collector.COST, month, () -> collecting.fetch(month.yearMonth(), today), harvest -> {
            store.replace(harvest);
            budgets.check(harvest, clock.instant());
        });
    }
}
