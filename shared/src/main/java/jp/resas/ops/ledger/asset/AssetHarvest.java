package jp.resas.ops.ledger.asset;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.monitoring.runs.Harvest;

/** What one discovery run read: the assets of each scope read in full, and the scopes it could not read. */
public record AssetHarvest(Map<String, List<DiscoveredAsset>> scopes, List<String> missing) implements Harvest {

    public AssetHarvest {
        scopes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scopes));
        missing = List.copyOf(missing);
    }

    @Override
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        scopes.forEach((scope, assets) -> counts.put(scope, assets.size()));
        return counts;
    }
}
