package jp.resas.ops.ledger.account;

/** What a review decides of an account. */
public enum Decision {
    KEEP("継続"), REMOVE("削除"), CHANGE("権限変更");

    private final String label;

    Decision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
