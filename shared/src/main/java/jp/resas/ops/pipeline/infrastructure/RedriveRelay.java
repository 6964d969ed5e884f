package jp.resas.ops.pipeline.infrastructure;

import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicReference;
import jp.resas.ops.pipeline.ExecutionRedriver;
import jp.resas.ops.pipeline.Run;

/**
 * Redrives the execution of a failed run: Step Functions when {@code resas.pipeline.state-machine-arn} is set
 * (see {@link StepFunctionsConnection}); on one machine the in-process runner connects itself; with nothing
 * connected the reopened run waits for an execution redriven elsewhere ({@code aws stepfunctions redrive-execution}).
 */
@Singleton
public class RedriveRelay implements ExecutionRedriver {

    private final AtomicReference<ExecutionRedriver> redriver = new AtomicReference<>(ExecutionRedriver.NOT_CONNECTED);

    public void connect(ExecutionRedriver connected) {
        redriver.set(connected);
    }

    @Override
    public Outcome redrive(Run run, String execution, String inboxKey) {
        return redriver.get().redrive(run, execution, inboxKey);
    }
}
