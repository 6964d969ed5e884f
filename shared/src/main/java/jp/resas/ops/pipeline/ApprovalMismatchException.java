package jp.resas.ops.pipeline;

/** Publishing refused: the recorded approval is not for the version as it is now. Nothing is switched. */
public class ApprovalMismatchException extends IllegalStateException {

    public static final String ERROR = "Pipeline.ApprovalMismatch";

    public ApprovalMismatchException(String message) {
        super(ERROR + ": " + message + "; nothing published");
    }
}
