package jp.resas.ops.pipeline.infrastructure;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.services.sfn.SfnClient;

/**
 * In AWS ({@code resas.pipeline.state-machine-arn} set, from {@code RESAS_PIPELINE_STATE_MACHINE_ARN}) the
 * ops API's decisions and starts go to Step Functions: connected to the relays when the context starts.
 * Without the setting nothing is connected here, so the local runtime keeps its in-process runner.
 */
@Context
@Requires(property = StepFunctionsConnection.STATE_MACHINE_ARN)
@Requires(classes = SfnClient.class)
final class StepFunctionsConnection {

    static final String STATE_MACHINE_ARN = "resas.pipeline.state-machine-arn";
    private static final Logger LOG = LoggerFactory.getLogger(StepFunctionsConnection.class);

    StepFunctionsConnection(PipelineSettings settings, SfnClient sfn, ApprovalRelay approvals, ExecutionRelay executions,
            RedriveRelay redrives) {
        approvals.connect(new StepFunctionsCallbacks(sfn));
        StepFunctionsExecutions stepFunctions = new StepFunctionsExecutions(sfn, settings.stateMachineArn());
        executions.connect(stepFunctions);
        redrives.connect(stepFunctions);
        LOG.info("pipeline approvals, starts and redrives go to Step Functions, state machine {}", settings.stateMachineArn());
    }

    @Factory
    @Requires(property = STATE_MACHINE_ARN)
    @Requires(classes = SfnClient.class)
    static class Client {

        /** Built the SDK's default way, so AWS_ENDPOINT_URL / AWS_ENDPOINT_URL_SFN (LocalStack) apply. */
        @Singleton
        @Bean(preDestroy = "close")
        SfnClient sfn() {
            return SfnClient.builder().httpClient(UrlConnectionHttpClient.create()).build();
        }
    }
}
