package jp.resas.ops.monitoring.logs;

import java.time.Instant;
import java.util.List;

/** A Logs Insights query over log groups and {@code [start, end)}, returning at most {@code limit} rows. */
public record InsightsQuery(List<String> logGroups, String query, Instant start, Instant end, int limit) {

    public InsightsQuery {
        logGroups = List.copyOf(logGroups);
    }
}
