package jp.resas.ops.monitoring.logs.infrastructure;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jp.resas.ops.monitored.MonitoredService;
import jp.resas.ops.monitored.MonitoredSystem;
import jp.resas.ops.monitoring.logs.CollectingLogErrors;
import jp.resas.ops.monitoring.logs.CollectingServiceLogErrors;
import jp.resas.ops.monitoring.logs.CollectingServiceLogErrors.ServiceLogs;
import jp.resas.ops.monitoring.logs.LogInsights;
import jp.resas.ops.monitoring.logs.LogInsightsSources;
import jp.resas.ops.monitoring.logs.LogTargets;
import jp.resas.ops.monitoring.runs.CollectionPeriod;
import jp.resas.ops.monitoring.runs.Collector;
import jp.resas.ops.monitoring.runs.RunReport;
import jp.resas.ops.monitoring.runs.infrastructure.CollectorRunner;

/**
 * The log collector: each day of the period queried and replaced on its own, for every service of the
 * description with log groups, each in its account through the assumed read role; RESAS Ops itself with
 * the function's own credentials and the log groups its deployment names ({@code resas.logs.*}).
 */
@Singleton
public class LogCollectorService {

    private final CollectorRunner runner;
    private final CollectingServiceLogErrors collecting;
    private final JdbcLogErrorStore store;

    LogCollectorService(CollectorRunner runner, MonitoredSystem system, LogInsightsSources sources,
            LogInsights ownInsights, LogTargets ownTargets, JdbcLogErrorStore store) {
        this.runner = runner;
        List<ServiceLogs> services = new ArrayList<>();
        for (MonitoredService service : system.services()) {
            List<String> groups = service.resources().logGroups();
            if (!groups.isEmpty()) {
                services.add(new ServiceLogs(service.id(), new CollectingLogErrors(sources.of(service),
                        new LogTargets(groups, Optional.empty()))));
            }
        }
        List<String> ownGroups = new ArrayList<>(system.opsPlatform().resources().logGroups());
        ownTargets.errorLogGroups().stream().filter(group -> !ownGroups.contains(group)).forEach(ownGroups::add);
        if (!ownGroups.isEmpty()) {
            services.add(new ServiceLogs(system.opsPlatform().id(), new CollectingLogErrors(ownInsights,
                    new LogTargets(ownGroups, ownTargets.apiAccessLogGroup()))));
        }
        this.collecting = new CollectingServiceLogErrors(services);
        this.store = store;
    }

    public List<RunReport> collect(CollectionPeriod period) {
        return runner.eachDay(Collector.LOGS, period, collecting::fetch, store::replace);
    }
}
