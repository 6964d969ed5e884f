package jp.resas.ops.ledger.asset;

/** What an asset is, with the label the ledger shows. */
public enum AssetKind {
    CLOUD_RESOURCE("クラウドリソース"),
    SOFTWARE("ソフトウェア"),
    DOMAIN("ドメイン"),
    CERTIFICATE("サーバ証明書"),
    LICENCE("ライセンス"),
    CONTRACT("契約");

    private final String label;

    AssetKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Kinds whose end date matters: the expiry watch looks at these. */
    public boolean expires() {
        return this == DOMAIN || this == CERTIFICATE || this == LICENCE || this == CONTRACT;
    }
}
