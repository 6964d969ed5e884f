package jp.resas.ops.eos;

/** What kind of thing an item is. */
public enum EosCategory {
    LAMBDA_RUNTIME("Lambda ランタイム"),
    DATABASE("データベース"),
    JDK("JDK"),
    LIBRARY("ライブラリ"),
    OS("OS"),
    OTHER("その他");

    private final String label;

    EosCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
