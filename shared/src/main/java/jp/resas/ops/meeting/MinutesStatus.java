package jp.resas.ops.meeting;

/** Where a version of the minutes stands. Only DRAFT and RETURNED versions may be edited. */
public enum MinutesStatus {
    DRAFT("作成中"),
    SUBMITTED("承認待ち"),
    APPROVED("承認済"),
    RETURNED("差戻し");

    private final String label;

    MinutesStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
