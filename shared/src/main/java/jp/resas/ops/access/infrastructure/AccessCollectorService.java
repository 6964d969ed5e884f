package jp.resas.ops.access.infrastructure;

import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.util.List;
import jp.resas.ops.access.AccessLogs;
import jp.resas.ops.access.AnalysingAccess;
import jp.resas.ops.monitoring.runs.CollectionPeriod;
import jp.resas.ops.monitoring.runs.Collector;
import jp.resas.ops.monitoring.runs.RunReport;
import jp.resas.ops.monitoring.runs.infrastructure.CollectorRunner;

/** The access collector: each day of the period analysed and replaced on its own. */
@Singleton
public class AccessCollectorService {

    private final CollectorRunner runner;
    private final AccessLogs logs;
    private final JdbcAccessStore store;

    AccessCollectorService(CollectorRunner runner, AccessLogs logs, JdbcAccessStore store) {
        this.runner = runner;
        this.logs = logs;
        this.store = store;
    }

    public List<RunReport> collect(CollectionPeriod period) {
        // A fresh salt per run, drawn after any SnapStart restore (never in a constructor).
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        AnalysingAccess analysing = new AnalysingAccess(logs, salt);
        return runner.eachDay(Collector.ACCESS, period, analysing::analyse, store::replace);
    }
}
