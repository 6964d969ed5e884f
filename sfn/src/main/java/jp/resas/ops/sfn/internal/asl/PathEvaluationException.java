package jp.resas.ops.sfn.internal.asl;

/** A path in a template or field found nothing; the runner reports it as {@code States.Runtime}. */
public final class PathEvaluationException extends RuntimeException {

    public PathEvaluationException(String message) {
        super(message, null, false, false);
    }
}
