package jp.resas.ops.calendar;

/** A holiday file that cannot be imported; the message names the file, the line and the fault. */
public final class HolidayListFormatException extends RuntimeException {

    private final String source;
    private final int line;

    HolidayListFormatException(String source, int line, String problem) {
        super(source + (line > 0 ? " line " + line : "") + ": " + problem);
        this.source = source;
        this.line = line;
    }

    /** The name of the file (or resource) that was being read. */
    public String source() {
        return source;
    }

    /** The 1-based line at fault, or 0 when the fault is the file as a whole (encoding, empty). */
    public int line() {
        return line;
    }
}
