package jp.resas.ops.local.sfn.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.concurrent.Callable;
import jp.resas.ops.sfn.SfnBenchmark;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sfn bench}: the runner against plain-Java baselines in the same run, warmed up, then alternated
 * (runner, baseline, ...); min and median of the pairs' cost ratios with the machine's load average.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Transitions/s of a Pass/Choice loop and a 10,000-item inline Map against plain-Java baselines, "
                + "warmed up, alternated; min and median cost ratios with the load average.")
final class SfnBenchCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--iterations", defaultValue = "50000", description = "Loop iterations (2 transitions each).")
    int iterations;

    @Option(names = "--items", defaultValue = "10000", description = "Map items.")
    int items;

    @Option(names = "--warmup", defaultValue = "5", description = "Untimed runs of each side first (default 5).")
    int warmup;

    @Option(names = "--rounds", defaultValue = "9", description = "Timed runner/baseline pairs (default 9).")
    int rounds;

    @Override
    public Integer call() {
        if (iterations < 1 || items < 1 || warmup < 0 || rounds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--iterations, --items and --rounds must be at least 1, --warmup not negative");
        }
        PrintWriter out = spec.commandLine().getOut();
        print(out, SfnBenchmark.loop(iterations, warmup, rounds));
        print(out, SfnBenchmark.map(items, warmup, rounds));
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, SfnBenchmark.Result r) {
        out.printf("%-24s runner %,14.1f %-13s baseline %,14.1f %-13s cost ratio runner/baseline min %.2f median %.2f "
                + "(%d pairs after %d warm-ups) | load %s%n", r.name(), r.runner(), r.unit(), r.baseline(), r.unit(),
                r.minRatio(), r.medianRatio(), r.rounds(), r.warmups(), load());
    }

    private static String load() {
        return String.format("%.2f (%d cores)", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
    }
}
