package jp.resas.ops.monitoring.metrics.infrastructure;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import jp.resas.ops.monitored.MonitoredService;
import jp.resas.ops.monitored.MonitoredSystem;
import jp.resas.ops.monitoring.metrics.CollectingMetrics;
import jp.resas.ops.monitoring.metrics.CollectingServiceMetrics;
import jp.resas.ops.monitoring.metrics.MetricSource;
import jp.resas.ops.monitoring.metrics.MetricSources;
import jp.resas.ops.monitoring.metrics.MetricTargets;
import jp.resas.ops.monitoring.runs.CollectionPeriod;
import jp.resas.ops.monitoring.runs.Collector;
import jp.resas.ops.monitoring.runs.RunReport;
import jp.resas.ops.monitoring.runs.infrastructure.CollectorRunner;

/**
 * The metrics collector: each day of the period fetched and replaced on its own (a run per day), for
 * every service of the description, each in its account through the assumed read role; RESAS Ops
 * itself with the function's own credentials and the resources its deployment names
 * ({@code resas.metrics.*}).
 */
@Singleton
public class MetricsCollectorService {

    private final CollectorRunner runner;
    private final CollectingServiceMetrics collecting;
    private final JdbcMetricStore store;

    MetricsCollectorService(CollectorRunner runner, MonitoredSystem system, MetricSources sources,
            MetricSource ownSource, MetricTargets ownTargets, JdbcMetricStore store) {
        this.runner = runner;
        List<CollectingMetrics> services = new ArrayList<>();
        for (MonitoredService service : system.services()) {
            MetricTargets targets = MetricTargets.of(service);
            if (!targets.isEmpty()) {
                services.add(new CollectingMetrics(service.id(), sources.of(service), targets));
            }
        }
        MetricTargets own = MetricTargets.of(system.opsPlatform()).plus(ownTargets);
        if (!own.isEmpty()) {
            services.add(new CollectingMetrics(system.opsPlatform().id(), ownSource, own));
        }
        this.collecting = new CollectingServiceMetrics(services);
        this.store = store;
    }

    public List<RunReport> collect(CollectionPeriod period) {
        return runner.eachDay(Collector.METRICS, period, collecting::fetch, store::replace);
    }
}
