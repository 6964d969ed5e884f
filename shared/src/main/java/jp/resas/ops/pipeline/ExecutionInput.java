package jp.resas.ops.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The input the data-update state machine is started with, wherever it runs (the local runner, the ops
 * API's StartExecution). Every field is present, null when unknown: the definition reads them by path
 * ({@code $.roundId}), and a missing field would fail the execution at its first state.
 *
 * @param runId null when the state machine creates the run itself (a scheduled execution)
 * @param scheduledTime the schedule's planned time (EventBridge Scheduler fills it in); it names a
 *                      scheduled run, so a second delivery of the same schedule does nothing
 */
public record ExecutionInput(Long runId, String dataset, Long roundId, String inboxKey, String startedBy,
        String scheduledTime) {

    /** The input of a run created before its execution (API, CLI), with the inbox object to process, if any. */
    public static ExecutionInput of(Run run, String inboxKey) {
        return new ExecutionInput(run.id().value(), run.dataset().value(), run.roundId(), inboxKey, run.startedBy(), null);
    }

    /** The input a schedule starts the state machine with: the run is made by its first state. */
    public static ExecutionInput scheduled(String dataset, String scheduledTime) {
        return new ExecutionInput(null, dataset, null, null, "scheduler", scheduledTime);
    }

    /** The fields in the definition's order, nulls kept, ready for any JSON writer. */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("runId", runId);
        fields.put("dataset", dataset);
        fields.put("roundId", roundId);
        fields.put("inboxKey", inboxKey);
        fields.put("startedBy", startedBy);
        fields.put("scheduledTime", scheduledTime);
        return fields;
    }
}
