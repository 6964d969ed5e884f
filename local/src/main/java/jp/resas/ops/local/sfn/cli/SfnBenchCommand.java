package jp.resas.ops.local.sfn.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import jp.resas.ops.sfn.SfnBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sfn bench}: the runner's throughput beside plain-Java baselines measured in the same run. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure transitions/s (Pass/Choice loop) and a 10,000-item inline Map against baselines.")
final class SfnBenchCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--iterations", defaultValue = "50000", description = "Loop iterations (2 transitions each).")
    int iterations;

    @Option(names = "--items", defaultValue = "10000", description = "Map items.")
    int items;

    @Option(names = "--rounds", defaultValue = "5", description = "Rounds per workload; the best is kept.")
    int rounds;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        print(out, SfnBenchmark.loop(iterations, rounds));
        print(out, SfnBenchmark.map(items, rounds));
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, SfnBenchmark.Result r) {
        out.printf("%-24s runner %,14.1f %-13s baseline %,14.1f %-13s runner/baseline cost ratio %.2f%n",
                r.name(), r.runner(), r.unit(), r.baseline(), r.unit(), r.ratio());
    }
}
