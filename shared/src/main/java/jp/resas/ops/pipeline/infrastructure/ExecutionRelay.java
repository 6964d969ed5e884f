package jp.resas.ops.pipeline.infrastructure;

import jakarta.inject.Singleton;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import jp.resas.ops.pipeline.Run;

/**
 * Starts the data-update execution of a run created through the API. On one machine the in-process
 * runner connects itself; with nothing connected the run is created and waits for an execution started
 * elsewhere (in AWS: the schedule, or {@code aws stepfunctions start-execution} with the run id).
 */
@Singleton
public class ExecutionRelay {

    private final AtomicReference<BiConsumer<Run, String>> starter = new AtomicReference<>((run, inboxKey) -> { });

    public void connect(BiConsumer<Run, String> start) {
        starter.set(start);
    }

    public void start(Run run, String inboxKey) {
        starter.get().accept(run, inboxKey);
    }
}
