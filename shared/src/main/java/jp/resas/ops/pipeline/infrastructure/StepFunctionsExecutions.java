package jp.resas.ops.pipeline.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.UnavailableException;
import jp.resas.ops.pipeline.ExecutionRedriver;
import jp.resas.ops.pipeline.ExecutionInput;
import jp.resas.ops.pipeline.ExecutionStarter;
import jp.resas.ops.pipeline.Run;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionAlreadyExistsException;

/**
 * {@code StartExecution} of the data-update state machine for a run created through the API, named by the
 * run's execution name and given the same {@link ExecutionInput} as the local runner. Step Functions refuses
 * a second execution of that name ({@code ExecutionAlreadyExists}): a double start, harmless. Any other
 * failure leaves the run created and waiting (a round's run is the same run when started again) and answers 503.
 * A failed run is redriven with {@code RedriveExecution} of its execution (same ARN, same input): refused by
 * Step Functions ({@code ExecutionNotRedrivable}, {@code ExecutionDoesNotExist}, …) it answers 409
 * {@code NOT_REDRIVABLE}, unreachable 503; either way the redrive's transaction stores nothing.
 */
public final class StepFunctionsExecutions implements ExecutionStarter, ExecutionRedriver {

    private static final Logger LOG = LoggerFactory.getLogger(StepFunctionsExecutions.class);

    private final SfnClient sfn;
    private final String stateMachineArn;
    // Not the application's mapper: its inclusion rules may drop nulls, and the definition needs every field.
    private final ObjectMapper json = new ObjectMapper();

    public StepFunctionsExecutions(SfnClient sfn, String stateMachineArn) {
        this.sfn = sfn;
        this.stateMachineArn = stateMachineArn;
    }

    @Override
    public ExecutionStarter.Outcome start(Run run, String inboxKey) {
        String input = write(ExecutionInput.of(run, inboxKey));
        try {
            String execution = sfn.startExecution(request -> request.stateMachineArn(stateMachineArn)
                    .name(run.executionName()).input(input)).executionArn();
            LOG.info("run {}: execution {} started", run.id().value(), execution);
            return ExecutionStarter.Outcome.STARTED;
        } catch (ExecutionAlreadyExistsException e) {
            LOG.info("run {}: an execution named {} already exists (the update was started twice); nothing new started",
                    run.id().value(), run.executionName());
            return ExecutionStarter.Outcome.ALREADY_STARTED;
        } catch (SdkException e) {
            LOG.warn("run {}: execution {} not started: {}", run.id().value(), run.executionName(), StepFunctionsErrors.describe(e));
            throw new UnavailableException("EXECUTION_NOT_STARTED", "データ更新の実行を開始できませんでした（Step Functions: "
                    + StepFunctionsErrors.code(e) + "）。実行 " + run.id().value() + " は作成済みで、開始を待っています。"
                    + "しばらくしてからやり直してください。");
        }
    }

    @Override
    public ExecutionRedriver.Outcome redrive(Run run, String execution, String inboxKey) {
        String arn = executionArn(execution);
        try {
            sfn.redriveExecution(request -> request.executionArn(arn));
            LOG.info("run {}: execution {} redriven", run.id().value(), arn);
            return ExecutionRedriver.Outcome.REDRIVEN;
        } catch (AwsServiceException e) {
            if (e.statusCode() >= 500) {
                throw unavailable(run, e);
            }
            LOG.warn("run {}: execution {} not redriven: {}", run.id().value(), arn, StepFunctionsErrors.describe(e));
            throw new ConflictException("NOT_REDRIVABLE", "runId", "実行 " + run.id().value() + " の実行（" + execution
                    + "）は Step Functions で再実行できません（" + StepFunctionsErrors.code(e) + "）。新しい実行を開始してください。");
        } catch (SdkException e) {
            throw unavailable(run, e);
        }
    }

    private static UnavailableException unavailable(Run run, SdkException e) {
        LOG.warn("run {}: redrive not sent: {}", run.id().value(), StepFunctionsErrors.describe(e));
        return new UnavailableException("EXECUTION_NOT_REDRIVEN", "データ更新の再実行を依頼できませんでした（Step Functions: "
                + StepFunctionsErrors.code(e) + "）。実行 " + run.id().value() + " は失敗のままです。しばらくしてからやり直してください。");
    }

    /** The execution's ARN: the state machine's with {@code stateMachine} replaced by {@code execution}, then the name. */
    String executionArn(String execution) {
        int at = stateMachineArn.indexOf(":stateMachine:");
        if (at < 0) {
            throw new IllegalStateException("not a state machine ARN: " + stateMachineArn);
        }
        return stateMachineArn.substring(0, at) + ":execution:" + stateMachineArn.substring(at + ":stateMachine:".length())
                + ":" + execution;
    }

    private String write(ExecutionInput input) {
        try {
            return json.writeValueAsString(input.fields());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the execution input of " + input.dataset(), e);
        }
    }
}
