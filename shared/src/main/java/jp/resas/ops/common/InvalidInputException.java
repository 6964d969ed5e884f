package jp.resas.ops.common;

/**
 * Input a person or client sent that cannot be accepted. {@code field} names where; the message is
 * what the portal shows (Japanese).
 */
public final class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
