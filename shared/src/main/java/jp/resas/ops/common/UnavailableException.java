package jp.resas.ops.common;

/**
 * A service the request depends on (Step Functions, for instance) could not be reached or failed; nothing
 * was changed and the same request can be sent again later. Answered 503.
 */
public final class UnavailableException extends RuntimeException {

    private final String code;

    public UnavailableException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
