package jp.resas.ops.local.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code resas-ops} command line: one entry point for every single-machine command. */
@Command(
        name = "resas-ops",
        mixinStandardHelpOptions = true,
        version = "resas-ops 0.1.0",
        description = "RESAS Ops on one machine: the platform, its handlers and its state machines.",
        subcommands = {
            CommandLine.HelpCommand.class,
            LocalCommand.class,
            InvokeCommand.class,
            TokenCommand.class,
            LoginUrlCommand.class,
            jp.resas.ops.local.calendar.CalendarCommand.class,
            jp.resas.ops.local.pipeline.PipelineCommand.class,
            jp.resas.ops.local.sfn.cli.SfnCommand.class,
            jp.resas.ops.local.report.ReportCommand.class,
            jp.resas.ops.local.ledger.LedgerCommand.class,
            jp.resas.ops.local.bench.BenchCommand.class,
            jp.resas.ops.local.migrate.MigrateCommand.class,
        })
public final class ResasOps implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // Logs go to stderr in plain text on one machine; stdout carries results that scripts read.
        System.setProperty("log4j2.configurationFile", "log4j2-local.xml");
        // log4j's SLF4J provider, not the functions' JSON lines (both are on the class path).
        System.setProperty("slf4j.provider", "org.apache.logging.slf4j.SLF4JServiceProvider");
        // ...without SLF4J's own line on stderr saying so.
        System.setProperty("slf4j.internal.verbosity", "WARN");
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests to run commands in-process. */
    public static CommandLine commandLine() {
        return new CommandLine(new ResasOps()).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, commandLine, parsed) -> {
                    if (e instanceof jp.resas.ops.local.runtime.LocalDatabase.ServerNotRunningException) {
                        // A broken environment, not a rejected input: exit 2 with the reason, no stack trace.
                        commandLine.getErr().println(e.getMessage());
                        return 2;
                    }
                    throw e;
                });
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
