package jp.resas.ops.sfn.internal.task;

import java.util.List;
import jp.resas.ops.sfn.StatesError;
import jp.resas.ops.sfn.TaskIntegration;

/** The integrations a runner knows, tried in order; an unknown resource fails the Task clearly. */
public record TaskIntegrations(List<TaskIntegration> integrations) {

    public TaskIntegrations {
        integrations = List.copyOf(integrations);
    }

    public TaskIntegration find(String resource, String stateName) {
        for (TaskIntegration i : integrations) {
            if (i.handles(resource, stateName)) {
                return i;
            }
        }
        throw new StatesError(StatesError.RUNTIME, "The resource '" + resource
                + "' is not supported by the local Step Functions runner (no local integration handles it)");
    }
}
