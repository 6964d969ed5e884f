package jp.resas.ops.sfn.internal.task;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jp.resas.ops.sfn.Execution;
import jp.resas.ops.sfn.ExecutionStatus;
import jp.resas.ops.sfn.Json;
import jp.resas.ops.sfn.StatesError;
import jp.resas.ops.sfn.TaskCall;
import jp.resas.ops.sfn.TaskIntegration;

/**
 * {@code arn:aws:states:::states:startExecution} (and {@code .sync}, {@code .sync:2}): starts another
 * state machine known to the runner. Request-response returns at once; {@code .sync} runs the child
 * to its end, returning its output as text ({@code .sync}) or JSON ({@code .sync:2}).
 */
public final class StartExecutionIntegration implements TaskIntegration {

    /** Starts an execution of the machine named by an ARN; {@code sync} runs it to its end. */
    public interface Starter {
        Execution start(String stateMachineArn, String name, JsonNode input, boolean sync);
    }

    private final Starter starter;

    public StartExecutionIntegration(Starter starter) {
        this.starter = starter;
    }

    @Override
    public boolean handles(String resource) {
        return resource.matches("^arn:[^:]+:states:::states:startExecution$");
    }

    @Override
    public JsonNode invoke(TaskCall call) {
        JsonNode p = call.parameters();
        String arn = p.path("StateMachineArn").asText(null);
        if (arn == null) {
            throw new StatesError(StatesError.RUNTIME, "states:startExecution needs a StateMachineArn");
        }
        JsonNode input = p.path("Input");
        if (input.isTextual()) {
            input = Json.parse(input.asText());
        } else if (input.isMissingNode()) {
            input = Json.object();
        }
        boolean sync = call.pattern() == TaskCall.Pattern.RUN_JOB;
        Execution child = starter.start(arn, p.path("Name").asText(null), input, sync);
        ObjectNode out = Json.object();
        out.put("ExecutionArn", child.arn());
        out.put("StartDate", child.startDate().toEpochMilli());
        if (!sync) {
            return out;
        }
        out.put("StateMachineArn", arn);
        out.put("Name", child.name());
        out.put("Status", child.status().name());
        if (child.status() != ExecutionStatus.SUCCEEDED) {
            out.put("Error", child.error());
            out.put("Cause", child.cause());
            throw new StatesError(StatesError.TASK_FAILED, Json.write(out));
        }
        if (call.declaredResource().endsWith(".sync:2")) {
            out.set("Output", child.output());
        } else {
            out.put("Output", Json.write(child.output()));
        }
        return out;
    }
}
