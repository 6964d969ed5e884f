package jp.resas.ops.monitoring.logs;

import java.util.List;
import java.util.Optional;

/** The log groups errors are counted in (functions, state machines) and the API's access-log group. */
public record LogTargets(List<String> errorLogGroups, Optional<String> apiAccessLogGroup) {

    public LogTargets {
        errorLogGroups = List.copyOf(errorLogGroups);
    }
}
