package jp.resas.ops.pipeline.infrastructure;

import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicReference;
import jp.resas.ops.pipeline.ApprovalCallbacks;
import jp.resas.ops.pipeline.RunId;

/**
 * Passes decisions to whatever runs the state machines: Step Functions when
 * {@code resas.pipeline.state-machine-arn} is set (see {@link StepFunctionsConnection}); the in-process
 * runner on one machine connects itself at start-up; with nothing connected a decision is only recorded,
 * and the approval step of the next (resumed) execution reads it.
 */
@Singleton
public class ApprovalRelay implements ApprovalCallbacks {

    private final AtomicReference<ApprovalCallbacks> target = new AtomicReference<>(ApprovalCallbacks.RECORD_ONLY);

    public void connect(ApprovalCallbacks callbacks) {
        target.set(callbacks);
    }

    @Override
    public void approved(String taskToken, RunId run) {
        target.get().approved(taskToken, run);
    }

    @Override
    public void rejected(String taskToken, RunId run, String comment) {
        target.get().rejected(taskToken, run, comment);
    }

    @Override
    public void stillReviewing(String taskToken, RunId run) {
        target.get().stillReviewing(taskToken, run);
    }
}
