package jp.resas.ops.common;

/**
 * The record a request names does not exist. Answered 404 with the Japanese message; a capability may
 * name its own kind of it (e.g. {@code IncidentNotFoundException}).
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
