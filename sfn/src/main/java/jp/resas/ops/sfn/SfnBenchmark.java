package jp.resas.ops.sfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Two workloads: a Pass/Choice loop (transitions per second) and a 10,000-item inline Map (time),
 * each against a baseline doing the same work in plain Java over Jackson nodes, including one JSON
 * deep copy per step, so the ratio shows the interpreter's own overhead. Both sides are warmed up first,
 * then run in turn (runner, baseline, runner, baseline, ...): each pair gives one cost ratio, so load that
 * comes and goes on a shared machine moves both sides of a pair alike.
 */
public final class SfnBenchmark {

    /**
     * One workload: the runner's and the baseline's median figures, and the min and median over the pairs of
     * the runner's cost over the baseline's (2.0: the runner takes twice the time for the same work).
     */
    public record Result(String name, double runner, double baseline, String unit, long work, double minRatio,
            double medianRatio, int rounds, int warmups) {
    }

    private static final String LOOP = """
            {"StartAt":"Init","States":{
              "Init":{"Type":"Pass","Result":{"i":0},"Next":"Step"},
              "Step":{"Type":"Pass","Parameters":{"i.$":"States.MathAdd($.i, 1)","label":"loop"},"Next":"Check"},
              "Check":{"Type":"Choice","Choices":[{"Variable":"$.i","NumericLessThan":%d,"Next":"Step"}],
                       "Default":"Done"},
              "Done":{"Type":"Succeed"}}}""";

    private static final String MAP = """
            {"StartAt":"Each","States":{"Each":{"Type":"Map","ItemsPath":"$.items",
              "ItemProcessor":{"ProcessorConfig":{"Mode":"INLINE"},"StartAt":"Shape","States":{
                "Shape":{"Type":"Pass","Parameters":{"code.$":"$.code","value.$":"$.value"},"End":true}}},
              "End":true}}}""";

    private SfnBenchmark() {
    }

    /**
     * A loop of {@code iterations} (two transitions each, plus two): {@code warmups} untimed runs of each side,
     * then {@code rounds} timed pairs.
     */
    public static Result loop(int iterations, int warmups, int rounds) {
        StateMachine machine = StateMachine.parse("BenchLoop", String.format(LOOP, iterations));
        Runner runner = new Runner(RunnerConfig.builder().build());
        long transitions = 2L * iterations + 2;
        Pairs pairs = Pairs.of(() -> check(runner.run(machine, null, Json.object())), () -> plainLoop(iterations),
                warmups, rounds);
        return new Result("Pass/Choice loop", transitions / (pairs.medianRunnerNanos() / 1e9),
                transitions / (pairs.medianBaselineNanos() / 1e9), "transitions/s", transitions, pairs.min(),
                pairs.median(), rounds, warmups);
    }

    /** Maps {@code items} records through one Pass state; figures in milliseconds. */
    public static Result map(int items, int warmups, int rounds) {
        StateMachine machine = StateMachine.parse("BenchMap", MAP);
        ObjectNode input = Json.object();
        ArrayNode array = input.putArray("items");
        for (int i = 0; i < items; i++) {
            array.addObject().put("code", String.format("%05d", i)).put("value", i * 1.5).put("extra", "x");
        }
        Runner runner = new Runner(RunnerConfig.builder().build());
        Pairs pairs = Pairs.of(() -> check(runner.run(machine, null, input)), () -> plainMap(array), warmups, rounds);
        return new Result(items + "-item inline Map", pairs.medianRunnerNanos() / 1e6,
                pairs.medianBaselineNanos() / 1e6, "ms", items, pairs.min(), pairs.median(), rounds, warmups);
    }

    /** The timed pairs of one workload. */
    private record Pairs(double[] runner, double[] baseline, double[] ratios) {

        static Pairs of(Runnable runnerSide, Runnable baselineSide, int warmups, int rounds) {
            if (warmups < 0 || rounds < 1) {
                throw new IllegalArgumentException("warm-ups must not be negative and rounds must be at least 1");
            }
            for (int w = 0; w < warmups; w++) {
                runnerSide.run();
                baselineSide.run();
            }
            double[] runner = new double[rounds];
            double[] baseline = new double[rounds];
            double[] ratios = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                runner[r] = timed(runnerSide);
                baseline[r] = timed(baselineSide);
                ratios[r] = runner[r] / baseline[r];
            }
            return new Pairs(runner, baseline, ratios);
        }

        private static double timed(Runnable side) {
            long start = System.nanoTime();
            side.run();
            return System.nanoTime() - start;
        }

        double min() {
            return java.util.Arrays.stream(ratios).min().orElseThrow();
        }

        double median() {
            return median(ratios);
        }

        double medianRunnerNanos() {
            return median(runner);
        }

        double medianBaselineNanos() {
            return median(baseline);
        }

        private static double median(double[] values) {
            double[] sorted = values.clone();
            java.util.Arrays.sort(sorted);
            int n = sorted.length;
            return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        }
    }

    /** The same loop by hand: a new node per step, a deep copy per transition, a comparison. */
    private static long plainLoop(int iterations) {
        long start = System.nanoTime();
        JsonNode state = Json.object().put("i", 0);
        while (true) {
            ObjectNode next = Json.object();
            next.put("i", state.get("i").asLong() + 1);
            next.put("label", "loop");
            state = next.deepCopy();
            JsonNode checked = state.deepCopy();
            if (checked.get("i").asLong() >= iterations) {
                break;
            }
        }
        return System.nanoTime() - start;
    }

    private static long plainMap(ArrayNode items) {
        long start = System.nanoTime();
        ArrayNode out = Json.array();
        for (JsonNode item : items) {
            ObjectNode shaped = Json.object();
            shaped.set("code", item.get("code"));
            shaped.set("value", item.get("value"));
            out.add(shaped.deepCopy());
        }
        if (out.size() != items.size()) {
            throw new IllegalStateException("baseline lost items");
        }
        return System.nanoTime() - start;
    }

    private static void check(Execution e) {
        if (e.status() != ExecutionStatus.SUCCEEDED) {
            throw new IllegalStateException("Benchmark execution failed: " + e.toJson());
        }
    }
}
