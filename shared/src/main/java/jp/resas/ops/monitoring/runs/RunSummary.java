package jp.resas.ops.monitoring.runs;

import java.util.List;

/** The latest run for a period as the read endpoints show it: how complete the figures are. */
public record RunSummary(String status, String finishedAt, List<String> missing) {

    public RunSummary {
        missing = List.copyOf(missing);
    }
}
