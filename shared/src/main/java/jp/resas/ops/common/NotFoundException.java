package jp.resas.ops.common;

/** The record a request names does not exist. Answered 404 with the Japanese message. */
public final class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
