package jp.resas.ops.access.analytics;

/** An export that cannot be read; the message names the file, line and column (Japanese, shown in the portal). */
public final class AnalyticsExportFormatException extends RuntimeException {

    private final int line;

    public AnalyticsExportFormatException(String message, int line) {
        super(message);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
