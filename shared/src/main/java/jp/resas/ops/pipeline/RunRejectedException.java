package jp.resas.ops.pipeline;

/** A decision that cannot be taken: the run is not waiting, or the approver started it. Message in Japanese. */
public final class RunRejectedException extends RuntimeException {

    private final String field;

    public RunRejectedException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
