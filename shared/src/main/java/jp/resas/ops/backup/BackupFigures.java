package jp.resas.ops.backup;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The monthly report's backup figures for one month (JST): the jobs created in it by kind and state, the ones
 * that failed, per resource its latest completed backup (as of the month's end), and the drills held or
 * planned in it with their results.
 */
public record BackupFigures(YearMonth month, Map<JobKind, Map<String, Integer>> byKindAndState, List<BackupJob> failures,
        List<BackupJob> lastSuccessful, List<RestoreDrill> drills) {

    public BackupFigures {
        byKindAndState = Map.copyOf(byKindAndState);
        failures = List.copyOf(failures);
        lastSuccessful = List.copyOf(lastSuccessful);
        drills = List.copyOf(drills);
    }

    public int jobs() {
        return byKindAndState.values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
    }
}
