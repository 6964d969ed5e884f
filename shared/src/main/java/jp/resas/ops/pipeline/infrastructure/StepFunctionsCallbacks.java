package jp.resas.ops.pipeline.infrastructure;

import java.util.Map;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.UnavailableException;
import jp.resas.ops.pipeline.ApprovalCallbacks;
import jp.resas.ops.pipeline.RunId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * The approver's decision to the execution waiting in Step Functions: {@code SendTaskSuccess} with the
 * output the local runner gives, {@code SendTaskFailure} with {@code Pipeline.Rejected} and the comment as
 * cause. A failed call throws, and {@link ApprovalService} rolls the decision back: a task that is over
 * ({@code TaskTimedOut}, {@code InvalidToken}, {@code TaskDoesNotExist}) answers 409, anything else
 * (throttled beyond the SDK's retries, no network, no permission) 503. The task token is a credential:
 * it is never logged nor put in a message.
 */
public final class StepFunctionsCallbacks implements ApprovalCallbacks {

    static final String APPROVED_OUTPUT = "{\"approved\":true}";
    private static final String NOT_DELIVERED = "APPROVAL_NOT_DELIVERED";
    private static final Map<String, String> TASK_OVER = Map.of(
            "TaskTimedOut", "承認待ちの期限が過ぎたか、実行がすでに終了しています",
            "InvalidToken", "承認待ちのタスクトークンが Step Functions で無効とされました",
            "TaskDoesNotExist", "承認待ちのタスクが Step Functions にありません");
    private static final Logger LOG = LoggerFactory.getLogger(StepFunctionsCallbacks.class);

    private final SfnClient sfn;

    public StepFunctionsCallbacks(SfnClient sfn) {
        this.sfn = sfn;
    }

    @Override
    public void approved(String taskToken, RunId run) {
        send(run, () -> sfn.sendTaskSuccess(request -> request.taskToken(taskToken).output(APPROVED_OUTPUT)));
        LOG.info("run {}: approval sent to Step Functions", run.value());
    }

    @Override
    public void rejected(String taskToken, RunId run, String comment) {
        send(run, () -> sfn.sendTaskFailure(request -> request.taskToken(taskToken).error(FailureService.REJECTED)
                .cause(comment == null ? "" : comment)));
        LOG.info("run {}: rejection sent to Step Functions", run.value());
    }

    @Override
    public void stillReviewing(String taskToken, RunId run) {
        send(run, () -> sfn.sendTaskHeartbeat(request -> request.taskToken(taskToken)));
        LOG.info("run {}: heartbeat sent to Step Functions", run.value());
    }

    private static void send(RunId run, Runnable call) {
        try {
            call.run();
        } catch (SdkException e) {
            LOG.warn("run {}: Step Functions did not take the decision, which is not recorded: {}", run.value(),
                    StepFunctionsErrors.describe(e));
            String code = StepFunctionsErrors.code(e);
            String over = TASK_OVER.get(code);
            if (over != null) {
                throw new ConflictException(NOT_DELIVERED, "runId", over + "（Step Functions: " + code + "）。判断は記録されていません。");
            }
            throw new UnavailableException(NOT_DELIVERED, "Step Functions に判断を伝えられませんでした（" + code
                    + "）。判断は記録されていません。しばらくしてからやり直してください。");
        }
    }
}
