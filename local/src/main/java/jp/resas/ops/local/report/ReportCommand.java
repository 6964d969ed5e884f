package jp.resas.ops.local.report;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code resas-ops report monthly|weekly|incident|list}: writes a report's files into a directory. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a report (.docx, .xlsx, source-data .zip, .pdf with LibreOffice) into --out.",
        subcommands = {WriteReportCommand.Monthly.class, WriteReportCommand.Weekly.class,
            WriteReportCommand.Incident.class, WriteReportCommand.Lists.class, BenchCommand.class})
public final class ReportCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
