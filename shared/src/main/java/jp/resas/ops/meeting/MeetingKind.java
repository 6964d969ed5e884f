package jp.resas.ops.meeting;

/** 週次定例, 月次定例 or a meeting called when needed. */
public enum MeetingKind {
    WEEKLY("週次定例会"),
    MONTHLY("月次定例会"),
    AD_HOC("臨時会議");

    private final String label;

    MeetingKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
