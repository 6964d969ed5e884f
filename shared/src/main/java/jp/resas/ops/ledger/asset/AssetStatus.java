package jp.resas.ops.ledger.asset;

/** ACTIVE in use; GONE no longer found by discovery (kept, with what people wrote); RETIRED by a person. */
public enum AssetStatus {
    ACTIVE("使用中"),
    GONE("検出されず"),
    RETIRED("廃止");

    private final String label;

    AssetStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
