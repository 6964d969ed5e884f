package jp.resas.ops.dataset.spec;

/** A processing spec that cannot be used; the message says which field and why. */
public final class SpecException extends RuntimeException {

    public SpecException(String message) {
        super(message);
    }

    public SpecException(String message, Throwable cause) {
        super(message, cause);
    }
}
