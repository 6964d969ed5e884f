package jp.resas.ops.estat;

/** The API answered an error status, a page did not arrive, or the values do not reconcile. Never holds the appId. */
public final class EstatException extends RuntimeException {

    public EstatException(String message) {
        super(message);
    }

    public EstatException(String message, Throwable cause) {
        super(message, cause);
    }
}
