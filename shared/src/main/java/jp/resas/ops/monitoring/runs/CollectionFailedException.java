package jp.resas.ops.monitoring.runs;

/** A run that stored nothing; thrown so the invocation fails and the schedule's retry policy applies. */
public final class CollectionFailedException extends RuntimeException {

    public CollectionFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
