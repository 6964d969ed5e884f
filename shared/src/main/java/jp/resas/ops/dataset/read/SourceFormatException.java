package jp.resas.ops.dataset.read;

/**
 * The source cannot be read further: wrong encoding, a truncated file, broken JSON. {@code rule} is the
 * validation rule id, {@code column} the 1-based field position (0 when not known); the message is Japanese.
 */
public final class SourceFormatException extends Exception {

    private final String rule;
    private final long line;
    private final int column;

    public SourceFormatException(String rule, long line, int column, String message) {
        super(message);
        this.rule = rule;
        this.line = line;
        this.column = column;
    }

    public String rule() {
        return rule;
    }

    public long line() {
        return line;
    }

    public int column() {
        return column;
    }
}
