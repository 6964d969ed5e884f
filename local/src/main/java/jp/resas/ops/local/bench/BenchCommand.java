package jp.resas.ops.local.bench;

import picocli.CommandLine.Command;

/** {@code resas-ops bench}: the paired benchmarks of issue 18. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Paired benchmarks: RESAS Ops against a plain-JDBC baseline, alternated (A, B, A, B, ...).",
        subcommands = {ApiBenchCommand.class, IntakeBenchCommand.class, ColdStartBenchCommand.class,
                PortalBenchCommand.class})
public final class BenchCommand {
}
