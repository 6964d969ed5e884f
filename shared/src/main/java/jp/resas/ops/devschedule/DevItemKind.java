package jp.resas.ops.devschedule;

/** A menu (RESAS の画面) or a function. */
public enum DevItemKind {
    MENU("メニュー"),
    FUNCTION("機能");

    private final String label;

    DevItemKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
