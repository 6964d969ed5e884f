package jp.resas.ops.common;

/**
 * The caller's role allows the endpoint but not this use of it, e.g. approving one's own request
 * (segregation of duties). Answered 403.
 */
public final class ForbiddenActionException extends RuntimeException {

    private final String code;

    public ForbiddenActionException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
