package jp.resas.ops.local.sfn.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code resas-ops sfn}: the Step Functions runner on the command line. */
@Command(name = "sfn", mixinStandardHelpOptions = true,
        description = "Run Amazon States Language state machines in-process (virtual clock unless --real-time).",
        subcommands = {SfnRunCommand.class, SfnListCommand.class, SfnStartCommand.class, SfnBenchCommand.class})
public final class SfnCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
