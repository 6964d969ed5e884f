package jp.resas.ops.backup;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.monitoring.runs.Harvest;

/** What one collection read: the jobs of each scope read in full ({@code resas-prod/backup:ap-northeast-1 BACKUP}), and what it could not read. */
public record JobHarvest(Map<String, List<ReportedJob>> scopes, List<String> missing) implements Harvest {

    public JobHarvest {
        scopes = Collections.unmodifiableMap(new LinkedHashMap<>(scopes));
        missing = List.copyOf(missing);
    }

    @Override
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        scopes.forEach((scope, jobs) -> counts.put(scope, jobs.size()));
        return counts;
    }
}
