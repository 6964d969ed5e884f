package jp.resas.ops.monitoring.metrics.infrastructure;

import jakarta.inject.Singleton;
import java.util.List;
import jp.resas.ops.monitoring.metrics.CollectingMetrics;
import jp.resas.ops.monitoring.metrics.MetricSource;
import jp.resas.ops.monitoring.metrics.MetricTargets;
import jp.resas.ops.monitoring.runs.CollectionPeriod;
import jp.resas.ops.monitoring.runs.Collector;
import jp.resas.ops.monitoring.runs.RunReport;
import jp.resas.ops.monitoring.runs.infrastructure.CollectorRunner;

/** The metrics collector: each day of the period fetched and replaced on its own (a run per day). */
@Singleton
public class MetricsCollectorService {

    private final CollectorRunner runner;
    private final CollectingMetrics collecting;
    private final JdbcMetricStore store;

    MetricsCollectorService(CollectorRunner runner, MetricSource source, MetricTargets targets, JdbcMetricStore store) {
        this.runner = runner;
        this.collecting = new CollectingMetrics(source, targets);
        this.store = store;
    }

    public List<RunReport> collect(CollectionPeriod period) {
        return runner.eachDay(Collector.METRICS, period, collecting::fetch, store::replace);
    }
}
