package jp.resas.ops.ledger.account;

/** What a review decides of an account: keep it, disable it (kept but unusable), delete it, or change its rights. */
public enum Decision {
    KEEP("継続"), DISABLE("無効化"), REMOVE("削除"), CHANGE("権限変更");

    private final String label;

    Decision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
