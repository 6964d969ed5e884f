package jp.resas.ops.pipeline.infrastructure;

import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicReference;
import jp.resas.ops.pipeline.ExecutionStarter;
import jp.resas.ops.pipeline.Run;

/**
 * Starts the data-update execution of a run created through the API: Step Functions when
 * {@code resas.pipeline.state-machine-arn} is set (see {@link StepFunctionsConnection}); on one machine the
 * in-process runner connects itself; with nothing connected the run is created and waits for an execution
 * started elsewhere ({@code aws stepfunctions start-execution} with the run id).
 */
@Singleton
public class ExecutionRelay implements ExecutionStarter {

    private final AtomicReference<ExecutionStarter> starter = new AtomicReference<>(ExecutionStarter.NOT_CONNECTED);

    public void connect(ExecutionStarter start) {
        starter.set(start);
    }

    @Override
    public Outcome start(Run run, String inboxKey) {
        return starter.get().start(run, inboxKey);
    }
}
