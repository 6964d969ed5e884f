package jp.resas.ops.monitoring.runs;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One run of a collector, as recorded and as the handler answers it. */
public record RunReport(Collector collector, String period, RunStatus status, Instant startedAt,
        Instant finishedAt, List<String> missing, Map<String, Integer> counts, String error) {

    public RunReport {
        missing = List.copyOf(missing);
        counts = Map.copyOf(counts);
    }

    public static RunReport stored(Collector collector, String period, Instant startedAt, Instant finishedAt,
            Harvest harvest) {
        RunStatus status = harvest.missing().isEmpty() ? RunStatus.SUCCEEDED : RunStatus.PARTIAL;
        return new RunReport(collector, period, status, startedAt, finishedAt, harvest.missing(), harvest.counts(),
                null);
    }

    public static RunReport failed(Collector collector, String period, Instant startedAt, Instant finishedAt,
            String error) {
        return new RunReport(collector, period, RunStatus.FAILED, startedAt, finishedAt, List.of(), Map.of(), error);
    }
}
