package jp.resas.ops.alarm;

/** An event that is not a usable alarm notice; the message names the field and what is wrong with it. */
public final class MalformedAlarmEventException extends RuntimeException {

    private final String field;

    public MalformedAlarmEventException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    /** The JSON path of the offending field, e.g. {@code detail.state.timestamp}. */
    public String field() {
        return field;
    }
}
