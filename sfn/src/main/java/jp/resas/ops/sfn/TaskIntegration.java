package jp.resas.ops.sfn;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A local implementation of one kind of Task resource (Lambda, S3, SNS…). Implementations throw
 * {@link jp.resas.ops.sfn.StatesError} to fail the task with an error name and cause.
 */
public interface TaskIntegration {

    /** Whether this integration serves {@code resource} (given without its pattern suffix). */
    boolean handles(String resource);

    /** Whether this integration serves {@code resource} in state {@code stateName}; mocks decide by state. */
    default boolean handles(String resource, String stateName) {
        return handles(resource);
    }

    JsonNode invoke(TaskCall call);

    /** A mock answers for the callback too: no token wait follows its response. */
    default boolean answersCallbacks() {
        return false;
    }

    /** The legacy Lambda ARN form records {@code LambdaFunction*} events instead of {@code Task*} ones. */
    default boolean lambdaEvents(String resource) {
        return false;
    }
}
