package jp.resas.ops.pipeline.infrastructure;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jp.resas.ops.common.UnavailableException;
import jp.resas.ops.pipeline.ExecutionInput;
import jp.resas.ops.pipeline.ExecutionStarter;
import jp.resas.ops.pipeline.Run;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sfn.SfnClient;
import software.amazon.awssdk.services.sfn.model.ExecutionAlreadyExistsException;

/**
 * {@code StartExecution} of the data-update state machine for a run created through the API, named by the
 * run's execution name and given the same {@link ExecutionInput} as the local runner. Step Functions refuses
 * a second execution of that name ({@code ExecutionAlreadyExists}): a double start, harmless. Any other
 * failure leaves the run created and waiting (a round's run is the same run when started again) and answers 503.
 */
public final class StepFunctionsExecutions implements ExecutionStarter {

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
    public Outcome start(Run run, String inboxKey) {
        String input = write(ExecutionInput.of(run, inboxKey));
        try {
            String execution = sfn.startExecution(request -> request.stateMachineArn(stateMachineArn)
                    .name(run.executionName()).input(input)).executionArn();
            LOG.info("run {}: execution {} started", run.id().value(), execution);
            return Outcome.STARTED;
        } catch (ExecutionAlreadyExistsException e) {
            LOG.info("run {}: an execution named {} already exists (the update was started twice); nothing new started",
                    run.id().value(), run.executionName());
            return Outcome.ALREADY_STARTED;
        } catch (SdkException e) {
            LOG.warn("run {}: execution {} not started: {}", run.id().value(), run.executionName(), StepFunctionsErrors.describe(e));
            throw new UnavailableException("EXECUTION_NOT_STARTED", "データ更新の実行を開始できませんでした（Step Functions: "
                    + StepFunctionsErrors.code(e) + "）。実行 " + run.id().value() + " は作成済みで、開始を待っています。"
                    + "しばらくしてからやり直してください。");
        }
    }

    private String write(ExecutionInput input) {
        try {
            return json.writeValueAsString(input.fields());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the execution input of " + input.dataset(), e);
        }
    }
}
