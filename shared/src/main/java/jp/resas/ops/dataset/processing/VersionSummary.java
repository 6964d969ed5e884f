package jp.resas.ops.dataset.processing;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/** Observation count and the sum of values per measure: what drift against the next version compares. */
public record VersionSummary(long observations, Map<String, Double> sums) {

    public VersionSummary {
        sums = Map.copyOf(sums);
    }

    public static VersionSummary empty() {
        return new VersionSummary(0, Map.of());
    }

    public VersionSummary plus(VersionSummary other) {
        Map<String, Double> total = new HashMap<>(sums);
        other.sums.forEach((measure, sum) -> total.merge(measure, sum, Double::sum));
        return new VersionSummary(observations + other.observations, total);
    }

    /** Accumulates while processing; not thread-safe (one per chunk). */
    public static final class Builder {
        private final Map<String, double[]> sums = new TreeMap<>();
        private long observations;

        public void add(String measure, double value) {
            sums.computeIfAbsent(measure, key -> new double[1])[0] += value;
        }

        public void count() {
            observations++;
        }

        public VersionSummary build() {
            Map<String, Double> result = new HashMap<>();
            sums.forEach((measure, sum) -> result.put(measure, sum[0]));
            return new VersionSummary(observations, result);
        }
    }
}
