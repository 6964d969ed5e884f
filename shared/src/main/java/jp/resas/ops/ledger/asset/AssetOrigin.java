package jp.resas.ops.ledger.asset;

/** How an asset came into the ledger. */
public enum AssetOrigin {
    MANUAL,
    IMPORT,
    DISCOVERY
}
