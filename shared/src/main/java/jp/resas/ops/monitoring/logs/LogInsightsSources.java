package jp.resas.ops.monitoring.logs;

import jp.resas.ops.monitored.MonitoredService;

/** Logs Insights as a monitored service's account allows it (port): through the role assumed there, in its region. */
public interface LogInsightsSources {

    LogInsights of(MonitoredService service);
}
