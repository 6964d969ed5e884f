package jp.resas.ops.access;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.resas.ops.monitoring.runs.Harvest;

/** @param breakdown counts by dimension ({@code PAGE}, {@code MENU}, {@code STATUS}, {@code REFERRER}) and key */
public record AccessDay(LocalDate day, long requests, long pageViews, long uniqueVisitors, int logFiles,
        Map<String, Map<String, Long>> breakdown, List<String> missing) implements Harvest {

    public AccessDay {
        breakdown = Map.copyOf(breakdown);
        missing = List.copyOf(missing);
    }

    @Override
    public Map<String, Integer> counts() {
        return Map.of("logFiles", logFiles, "requests", (int) requests, "pageViews", (int) pageViews);
    }
}
