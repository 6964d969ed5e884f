package jp.resas.ops.ledger.asset;

import java.time.LocalDate;
import java.util.Optional;

/** Filters of the ledger list, in id order, one keyset page at a time. */
public record AssetQuery(Optional<AssetKind> kind, Optional<AssetStatus> status, Optional<String> owner,
        Optional<String> text, Optional<LocalDate> endsBefore, Optional<AssetCursor> after, int limit) {
}
