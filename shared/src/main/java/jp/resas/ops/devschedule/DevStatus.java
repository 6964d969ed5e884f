package jp.resas.ops.devschedule;

/** Where the item stands. */
public enum DevStatus {
    PLANNED("未着手"),
    IN_PROGRESS("開発中"),
    DONE("完了"),
    ON_HOLD("保留");

    private final String label;

    DevStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
