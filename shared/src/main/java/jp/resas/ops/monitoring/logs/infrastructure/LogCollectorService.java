package jp.resas.ops.monitoring.logs.infrastructure;

import jakarta.inject.Singleton;
import java.util.List;
import jp.resas.ops.monitoring.logs.CollectingLogErrors;
import jp.resas.ops.monitoring.logs.LogInsights;
import jp.resas.ops.monitoring.logs.LogTargets;
import jp.resas.ops.monitoring.runs.CollectionPeriod;
import jp.resas.ops.monitoring.runs.Collector;
import jp.resas.ops.monitoring.runs.RunReport;
import jp.resas.ops.monitoring.runs.infrastructure.CollectorRunner;

/** The log collector: each day of the period queried and replaced on its own. */
@Singleton
public class LogCollectorService {

    private final CollectorRunner runner;
    private final CollectingLogErrors collecting;
    private final JdbcLogErrorStore store;

    LogCollectorService(CollectorRunner runner, LogInsights insights, LogTargets targets, JdbcLogErrorStore store) {
        this.runner = runner;
        this.collecting = new CollectingLogErrors(insights, targets);
        this.store = store;
    }

    public List<RunReport> collect(CollectionPeriod period) {
        return runner.eachDay(Collector.LOGS, period, collecting::fetch, store::replace);
    }
}
