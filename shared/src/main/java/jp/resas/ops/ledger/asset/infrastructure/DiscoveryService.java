package jp.resas.ops.ledger.asset.infrastructure;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import jp.resas.ops.ledger.asset.Assets;
import jp.resas.ops.ledger.asset.CloudInventory;
import jp.resas.ops.ledger.asset.DiscoveringAssets;
import jp.resas.ops.ledger.asset.SoftwareBill;
import jp.resas.ops.monitoring.runs.CollectionPeriod;
import jp.resas.ops.monitoring.runs.Collector;
import jp.resas.ops.monitoring.runs.RunReport;
import jp.resas.ops.monitoring.runs.infrastructure.CollectorRunner;

/**
 * {@code asset-discovery}: reads AWS and the SBOM outside any transaction, then applies what was read
 * and records the run in one, as the collectors do. {@code resas.ledger.regions} (env
 * {@code RESAS_LEDGER_REGIONS}) lists the regions read, comma-separated.
 */
@Singleton
public class DiscoveryService {

    private final CollectorRunner runner;
    private final DiscoveringAssets discovering;
    private final Assets assets;
    private final Clock clock;

    DiscoveryService(CollectorRunner runner, CloudInventory inventory, SoftwareBill software, Assets assets, Clock clock,
            @Value("${resas.ledger.regions:ap-northeast-1,us-east-1}") String regions) {
        this.runner = runner;
        this.discovering = new DiscoveringAssets(inventory, software, Arrays.stream(regions.split(","))
                .map(String::strip).filter(r -> !r.isEmpty()).distinct().toList());
        this.assets = assets;
        this.clock = clock;
    }

    public RunReport discover() {
        LocalDate today = LocalDate.now(clock.withZone(CollectionPeriod.JST));
        return runner.run(Collector.ASSET_DISCOVERY, CollectionPeriod.day(today), discovering::read,
                harvest -> DiscoveringAssets.store(harvest, assets, clock.instant()));
    }
}
