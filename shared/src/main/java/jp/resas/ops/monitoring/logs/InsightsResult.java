package jp.resas.ops.monitoring.logs;

import java.util.List;
import java.util.Map;

/** Rows as field → value, and whether the query returned as many rows as it was allowed (more may exist). */
public record InsightsResult(List<Map<String, String>> rows, boolean limitReached) {

    public InsightsResult {
        rows = List.copyOf(rows);
    }
}
