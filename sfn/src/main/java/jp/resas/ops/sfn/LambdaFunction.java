package jp.resas.ops.sfn;

import com.fasterxml.jackson.databind.JsonNode;

/** A function the runner can invoke: JSON event in, JSON result out, or a {@link LambdaFunctionError}. */
@FunctionalInterface
public interface LambdaFunction {

    JsonNode invoke(JsonNode event, String requestId);
}
