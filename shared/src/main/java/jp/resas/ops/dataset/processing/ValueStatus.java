package jp.resas.ops.dataset.processing;

/** A value cell's meaning: a figure, 秘匿 (suppressed) or 欠測・該当なし (missing); the latter two carry no value. */
public enum ValueStatus {
    VALUE('V'), SUPPRESSED('S'), MISSING('M');

    private final char code;

    ValueStatus(char code) {
        this.code = code;
    }

    /** The one-letter code stored in the database. */
    public char code() {
        return code;
    }

    public static ValueStatus ofCode(char code) {
        return switch (code) {
            case 'V' -> VALUE;
            case 'S' -> SUPPRESSED;
            case 'M' -> MISSING;
            default -> throw new IllegalArgumentException("unknown value status " + code);
        };
    }
}
