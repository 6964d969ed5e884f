package jp.resas.ops.monitoring.runs;

import java.util.List;
import java.util.Map;

/** What a collector fetched for a period, before it is stored. */
public interface Harvest {

    /** What could not be had (a metric with no data, a query that hit its limit); empty when complete. */
    List<String> missing();

    /** Counts for the run report and the handler's metrics, e.g. {@code {"services": 12}}. */
    Map<String, Integer> counts();
}
