package jp.resas.ops.sfn.internal.jsonpath;

/** A definite JSONPath found nothing; the message follows the wording Step Functions reports. */
public final class PathNotFoundException extends RuntimeException {

    public PathNotFoundException(String message) {
        super(message, null, false, false);
    }
}
