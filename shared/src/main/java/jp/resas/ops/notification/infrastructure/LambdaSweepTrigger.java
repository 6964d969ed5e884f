package jp.resas.ops.notification.infrastructure;

import jp.resas.ops.notification.SweepTrigger;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.InvocationType;

/**
 * Starts {@code incident-notify} with an asynchronous invoke ({@code InvocationType=Event}): Lambda queues
 * it and answers 202 at once, and retries the sweep if it fails. A refused invoke is thrown, so the caller
 * (the alarm intake) fails and is retried, and the retry triggers again.
 *
 * @param function the sweep's name with its alias ({@code resas-ops-incident-notify:live})
 */
record LambdaSweepTrigger(LambdaClient lambda, String function) implements SweepTrigger {

    @Override
    public void sweepSoon() {
        lambda.invoke(request -> request.functionName(function).invocationType(InvocationType.EVENT)
                .payload(SdkBytes.fromUtf8String("{\"trigger\":\"page-due\"}")));
    }
}
