package jp.resas.ops.sfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Two workloads: a Pass/Choice loop (transitions per second) and a 10,000-item inline Map (time),
 * each against a baseline doing the same work in plain Java over Jackson nodes, including one JSON
 * deep copy per step, so the ratio shows the interpreter's own overhead.
 */
public final class SfnBenchmark {

    /** One measurement: the runner's figure, the baseline's, and how many times slower the runner is. */
    public record Result(String name, double runner, double baseline, String unit, long work) {
        public double ratio() {
            return unit.equals("transitions/s") ? baseline / runner : runner / baseline;
        }
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

    /** Runs a loop of {@code iterations} (two transitions each, plus three) {@code rounds} times; keeps the best. */
    public static Result loop(int iterations, int rounds) {
        StateMachine machine = StateMachine.parse("BenchLoop", String.format(LOOP, iterations));
        Runner runner = new Runner(RunnerConfig.builder().build());
        long transitions = 2L * iterations + 2;
        double best = 0;
        double baseline = 0;
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            Execution e = runner.run(machine, null, Json.object());
            long elapsed = System.nanoTime() - start;
            check(e);
            best = Math.max(best, transitions / (elapsed / 1e9));
            baseline = Math.max(baseline, transitions / (plainLoop(iterations) / 1e9));
        }
        return new Result("Pass/Choice loop", best, baseline, "transitions/s", transitions);
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

    /** Maps {@code items} records through one Pass state; returns milliseconds (best of {@code rounds}). */
    public static Result map(int items, int rounds) {
        StateMachine machine = StateMachine.parse("BenchMap", MAP);
        ObjectNode input = Json.object();
        ArrayNode array = input.putArray("items");
        for (int i = 0; i < items; i++) {
            array.addObject().put("code", String.format("%05d", i)).put("value", i * 1.5).put("extra", "x");
        }
        Runner runner = new Runner(RunnerConfig.builder().build());
        double best = Double.MAX_VALUE;
        double baseline = Double.MAX_VALUE;
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            check(runner.run(machine, null, input));
            best = Math.min(best, (System.nanoTime() - start) / 1e6);
            baseline = Math.min(baseline, plainMap(array) / 1e6);
        }
        return new Result(items + "-item inline Map", best, baseline, "ms", items);
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
