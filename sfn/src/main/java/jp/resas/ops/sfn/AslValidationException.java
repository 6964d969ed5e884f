package jp.resas.ops.sfn;

/** The definition is not valid Amazon States Language; the message names the state and field. */
public final class AslValidationException extends RuntimeException {

    public AslValidationException(String message) {
        super(message);
    }

    public static AslValidationException at(String where, String field, String problem) {
        return new AslValidationException(where + ": field '" + field + "' " + problem);
    }
}
