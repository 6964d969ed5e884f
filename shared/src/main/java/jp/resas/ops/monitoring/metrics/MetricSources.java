package jp.resas.ops.monitoring.metrics;

import jp.resas.ops.monitored.MonitoredService;

/** GetMetricData as a monitored service's account allows it (port): through the role assumed there. */
public interface MetricSources {

    MetricSource of(MonitoredService service);
}
