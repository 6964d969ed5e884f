package jp.resas.ops.backup;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.monitoring.runs.Harvest;

/**
 * What one collection read: the jobs of each scope read in full ({@code resas-prod/backup:ap-northeast-1 BACKUP}),
 * the protected resources of each scope whose list was read in full ({@code resas-prod/backup:ap-northeast-1}),
 * and what it could not read.
 */
public record JobHarvest(Map<String, List<ReportedJob>> scopes, Map<String, List<ProtectedResource>> protectedResources,
        List<String> missing) implements Harvest {

    /** The suffix of a scope's protected-resource list in the counts and the missing reads. */
    public static final String PROTECTED = " PROTECTED";
    /** The suffix of a scope's backup-plan selections in the counts (the selected resources without a recovery point). */
    public static final String SELECTIONS = " SELECTIONS";

    public JobHarvest {
        scopes = Collections.unmodifiableMap(new LinkedHashMap<>(scopes));
        protectedResources = Collections.unmodifiableMap(new LinkedHashMap<>(protectedResources));
        missing = List.copyOf(missing);
    }

    @Override
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        scopes.forEach((scope, jobs) -> counts.put(scope, jobs.size()));
        protectedResources.forEach((scope, resources) -> {
            counts.put(scope + PROTECTED, (int) resources.stream().filter(r -> !r.neverBackedUp()).count());
            int never = (int) resources.stream().filter(ProtectedResource::neverBackedUp).count();
            if (never > 0) {
                counts.put(scope + SELECTIONS, never);
            }
        });
        return counts;
    }
}
