package jp.resas.ops.access.infrastructure;

import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.util.List;
import jp.resas.ops.access.AccessSites;
import jp.resas.ops.access.CollectingServiceAccess;
import jp.resas.ops.monitoring.runs.CollectionPeriod;
import jp.resas.ops.monitoring.runs.Collector;
import jp.resas.ops.monitoring.runs.RunReport;
import jp.resas.ops.monitoring.runs.infrastructure.CollectorRunner;

/** The access collector: each day of the period analysed for every site and replaced on its own. */
@Singleton
public class AccessCollectorService {

    private final CollectorRunner runner;
    private final AccessSites sites;
    private final JdbcAccessStore store;

    AccessCollectorService(CollectorRunner runner, AccessSites sites, JdbcAccessStore store) {
        this.runner = runner;
        this.sites = sites;
        this.store = store;
    }

    public List<RunReport> collect(CollectionPeriod period) {
        // A fresh salt per run, drawn after any SnapStart restore (never in a constructor).
        byte[] salt = new byte[32];
        new SecureRandom().nextBytes(salt);
        CollectingServiceAccess collecting = new CollectingServiceAccess(sites.sites(), salt);
        return runner.eachDay(Collector.ACCESS, period, collecting::fetch, store::replace);
    }
}
