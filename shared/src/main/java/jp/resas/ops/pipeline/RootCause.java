package jp.resas.ops.pipeline;

/** The innermost cause of a failure, named so an operator sees it (e.g. "No space left on device"). */
public final class RootCause {

    private RootCause() {
    }

    public static String of(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return root == failure ? message : message + " (" + root.getClass().getSimpleName() + ")";
    }
}
