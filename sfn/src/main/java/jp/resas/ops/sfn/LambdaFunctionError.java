package jp.resas.ops.sfn;

import java.util.List;

/** A function failed as Lambda reports it: {@code errorType}, {@code errorMessage} and a stack trace. */
public final class LambdaFunctionError extends RuntimeException {

    private final String errorType;
    private final List<String> stackTrace;

    public LambdaFunctionError(String errorType, String errorMessage, List<String> stackTrace) {
        super(errorMessage, null, false, false);
        this.errorType = errorType;
        this.stackTrace = List.copyOf(stackTrace);
    }

    public String errorType() {
        return errorType;
    }

    public String errorMessage() {
        return getMessage();
    }

    public List<String> stackTraceLines() {
        return stackTrace;
    }

    /** How the Java runtime reports an exception thrown by a handler. */
    public static LambdaFunctionError of(Throwable t) {
        List<String> lines = new java.util.ArrayList<>();
        for (StackTraceElement e : t.getStackTrace()) {
            lines.add(e.toString());
            if (lines.size() == 20) {
                break;
            }
        }
        return new LambdaFunctionError(t.getClass().getName(), t.getMessage(), lines);
    }
}
