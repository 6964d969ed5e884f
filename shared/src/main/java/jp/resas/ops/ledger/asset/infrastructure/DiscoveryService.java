package jp.resas.ops.ledger.asset.infrastructure;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jp.resas.ops.ledger.asset.Assets;
import jp.resas.ops.ledger.asset.CloudInventories;
import jp.resas.ops.ledger.asset.CloudInventory;
import jp.resas.ops.ledger.asset.DiscoveringAssets;
import jp.resas.ops.ledger.asset.DiscoveringAssets.AccountInventory;
import jp.resas.ops.ledger.asset.SoftwareBill;
import jp.resas.ops.ledger.infrastructure.LedgerSettings;
import jp.resas.ops.monitored.MonitoredSystem;
import jp.resas.ops.monitoring.runs.CollectionPeriod;
import jp.resas.ops.monitoring.runs.Collector;
import jp.resas.ops.monitoring.runs.RunReport;
import jp.resas.ops.monitoring.runs.infrastructure.CollectorRunner;

/**
 * {@code asset-discovery}: reads AWS and the SBOM outside any transaction, then applies what was read
 * and records the run in one, as the collectors do. RESAS Ops' own account is read in the regions of
 * {@code resas.ledger.regions} (env {@code RESAS_LEDGER_REGIONS}, comma-separated); each monitored account
 * of the description in its regions, through its read role.
 */
@Singleton
public class DiscoveryService {

    private final CollectorRunner runner;
    private final DiscoveringAssets discovering;
    private final Assets assets;
    private final Clock clock;

    DiscoveryService(CollectorRunner runner, CloudInventory inventory, CloudInventories inventories,
            MonitoredSystem system, SoftwareBill software, Assets assets, Clock clock, LedgerSettings settings) {
        this.runner = runner;
        List<AccountInventory> accounts = system.accounts().stream()
                .map(account -> new AccountInventory(account.name(), inventories.of(account), account.regions())).toList();
        this.discovering = new DiscoveringAssets(inventory, software, settings.ownRegions(), accounts);
        this.assets = assets;
        this.clock = clock;
    }

    public RunReport discover() {
        LocalDate today = LocalDate.now(clock.withZone(CollectionPeriod.JST));
        return runner.run(Collector.ASSET_DISCOVERY, CollectionPeriod.day(today), discovering::read,
                harvest -> DiscoveringAssets.store(harvest, assets, clock.instant()));
    }
}
