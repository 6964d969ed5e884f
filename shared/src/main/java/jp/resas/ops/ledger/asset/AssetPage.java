package jp.resas.ops.ledger.asset;

import java.util.List;
import java.util.Optional;

/** One page of the ledger and where the next one starts (empty on the last page). */
public record AssetPage(List<Asset> items, Optional<AssetCursor> next) {

    public AssetPage {
        items = List.copyOf(items);
    }
}
