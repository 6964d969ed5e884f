package jp.resas.ops.access.analytics;

import java.time.Instant;
import java.util.List;

/** What the month's analytics export says, as the access report shows it. {@code users} null when absent. */
public record AnalyticsSummary(String fileName, Instant importedAt, String importedBy, long views, Long users,
        List<PageCount> topPages) {

    public AnalyticsSummary {
        topPages = List.copyOf(topPages);
    }

    public record PageCount(String page, long views, Long users) {
    }
}
