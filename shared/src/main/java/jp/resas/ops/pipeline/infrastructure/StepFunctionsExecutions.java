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
import java.time.Instant;

/**
 * {@code StartExecution} of the data-update state machine for a run created through the API, named by the
 * run's execution name and given the same {@link ExecutionInput} as the local runner. Step Functions refuses
 * a second execution of that name ({@code ExecutionAlreadyExists}): a double start, harmless. Any other
 * failure leaves the run created and waiting (a round's run is the same run when started again) and answers 503.
 * A failed run is redriven by a new execution of the state machine with the run's input, named
 * {@code <execution>-redrive-<epoch second>}: it starts at the beginning and collects again, as on one machine.
 * Step Functions' own {@code RedriveExecution} would resume at the failed state, and the definition catches every
 * error into its {@code Failed} state, so that would only fail again. Refused by Step Functions it answers 409
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
        String name = redriveName(run.executionName(), Instant.now());
        String input = write(ExecutionInput.of(run, inboxKey));
        try {
            String arn = sfn.startExecution(request -> request.stateMachineArn(stateMachineArn).name(name).input(input))
                    .executionArn();
            LOG.info("run {}: failed execution {} redriven as {}", run.id().value(), execution, arn);
            return ExecutionRedriver.Outcome.REDRIVEN;
        } catch (AwsServiceException e) {
            if (e.statusCode() >= 500) {
                throw unavailable(run, e);
            }
            LOG.warn("run {}: execution {} not started for the redrive: {}", run.id().value(), name, StepFunctionsErrors.describe(e));
            throw new ConflictException("NOT_REDRIVABLE", "runId", "実行 " + id(run) + " の再実行を Step Functions が受け付けませんでした（"
                    + StepFunctionsErrors.code(e) + "）。しばらくしてからやり直してください。");
        } catch (SdkException e) {
            throw unavailable(run, e);
        }
    }

    private static long id(Run run) {
        return run.id().value();
    }

    /**
     * The redriven execution's name: the run's execution name (shortened so the whole stays within Step
     * Functions' 80 characters) with {@code -redrive-} and the epoch second; unique per run and second.
     */
    static String redriveName(String executionName, Instant now) {
        String suffix = "-redrive-" + now.getEpochSecond();
        String base = executionName.length() + suffix.length() > 80 ? executionName.substring(0, 80 - suffix.length()) : executionName;
        return base + suffix;
    }

    private static UnavailableException unavailable(Run run, SdkException e) {
        LOG.warn("run {}: redrive not sent: {}", run.id().value(), StepFunctionsErrors.describe(e));
        return new UnavailableException("EXECUTION_NOT_REDRIVEN", "データ更新の再実行を依頼できませんでした（Step Functions: "
                + StepFunctionsErrors.code(e) + "）。実行 " + run.id().value() + " は失敗のままです。しばらくしてからやり直してください。");
    }

    private String write(ExecutionInput input) {
        try {
            return json.writeValueAsString(input.fields());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the execution input of " + input.dataset(), e);
        }
    }
}
