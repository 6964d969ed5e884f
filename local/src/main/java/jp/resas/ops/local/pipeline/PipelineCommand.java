package jp.resas.ops.local.pipeline;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code resas-ops pipeline}: validate a file, run the data-update state machine, approve a run. */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
        description = "The data pipeline on this machine: validate files, run updates, approve them.",
        subcommands = {ValidateCommand.class, RunCommand.class, ApproveCommand.class, RedriveCommand.class, BenchCommand.class})
public final class PipelineCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
