package jp.resas.ops.ledger.asset;

import java.time.LocalDate;

/** One alert the watch raised: a ticket for a warning, an incident once the asset has ended. */
public record RaisedAlert(long assetId, String name, AssetKind kind, LocalDate date, ExpiryThreshold threshold,
        long daysLeft, String raised, long raisedId) {
}
