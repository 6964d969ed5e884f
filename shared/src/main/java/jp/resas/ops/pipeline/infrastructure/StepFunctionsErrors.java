package jp.resas.ops.pipeline.infrastructure;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/** What to name when a Step Functions call fails: the service's error code, else the kind of client failure. */
final class StepFunctionsErrors {

    private StepFunctionsErrors() {
    }

    /** {@code TaskTimedOut}, {@code ExecutionAlreadyExists}, … or, when no answer came, the exception's class. */
    static String code(SdkException e) {
        if (e instanceof AwsServiceException service && service.awsErrorDetails() != null
                && service.awsErrorDetails().errorCode() != null) {
            return service.awsErrorDetails().errorCode();
        }
        return e.getClass().getSimpleName();
    }

    /** For logs: the code, the HTTP status and the request id; never the request (it carries the task token). */
    static String describe(SdkException e) {
        if (e instanceof AwsServiceException service) {
            return code(e) + " (HTTP " + service.statusCode() + ", request " + service.requestId() + ")";
        }
        return code(e) + ": " + e.getMessage();
    }
}
