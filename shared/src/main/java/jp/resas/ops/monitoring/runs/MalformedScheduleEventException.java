package jp.resas.ops.monitoring.runs;

/** A collector's event that cannot be read; the message names the field and what was wrong. */
public final class MalformedScheduleEventException extends RuntimeException {

    public MalformedScheduleEventException(String message) {
        super(message);
    }
}
