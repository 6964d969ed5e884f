package jp.resas.ops.local.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.NotFoundException;
import jp.resas.ops.local.runtime.DataDirectory;
import jp.resas.ops.local.runtime.LocalDatabase;
import jp.resas.ops.local.runtime.LocalPlatform;
import jp.resas.ops.report.ReportDocument;
import jp.resas.ops.report.ReportKind;
import jp.resas.ops.report.document.ReportFile;
import jp.resas.ops.report.infrastructure.ReportService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Assembles a report from the data directory's records and writes its files into {@code --out}, one
 * path a line on stdout. A bad period, a future month or an unknown incident: a message on stderr,
 * exit 1, nothing written.
 */
abstract class WriteReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Data directory (default: .resas-ops/ here).")
    Path dataDir;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write the files into.")
    Path out;

    abstract ReportKind kind();

    abstract String period();

    @Override
    public Integer call() {
        Path data = DataDirectory.resolve(dataDir);
        try (LocalPlatform platform = LocalPlatform.start(data, LocalDatabase.open(data))) {
            ReportService reports = platform.context().getBean(ReportService.class);
            ReportDocument document;
            try {
                document = reports.assemble(kind(), period());
            } catch (InvalidInputException | NotFoundException e) {
                spec.commandLine().getErr().println("report " + kind().name().toLowerCase() + " " + period() + ": "
                        + e.getMessage());
                return 1;
            }
            List<ReportFile> files = reports.write(document);
            Files.createDirectories(out);
            for (ReportFile file : files) {
                Path target = out.resolve(file.name());
                Path partial = out.resolve(file.name() + ".part");
                Files.write(partial, file.content());
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                spec.commandLine().getOut().println(target.toAbsolutePath());
            }
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write into " + out, e);
        }
    }

    @Command(name = "monthly", mixinStandardHelpOptions = true, description = "月次定例報告書 for --month YYYY-MM.")
    static final class Monthly extends WriteReportCommand {

        @Option(names = "--month", required = true, paramLabel = "YYYY-MM")
        String month;

        ReportKind kind() {
            return ReportKind.MONTHLY;
        }

        String period() {
            return month;
        }
    }

    @Command(name = "weekly", mixinStandardHelpOptions = true, description = "週次定例報告書 for --week YYYY-Www (ISO week).")
    static final class Weekly extends WriteReportCommand {

        @Option(names = "--week", required = true, paramLabel = "YYYY-Www")
        String week;

        ReportKind kind() {
            return ReportKind.WEEKLY;
        }

        String period() {
            return week;
        }
    }

    @Command(name = "incident", mixinStandardHelpOptions = true, description = "障害報告書 of one incident.")
    static final class Incident extends WriteReportCommand {

        @Parameters(index = "0", paramLabel = "ID")
        String id;

        ReportKind kind() {
            return ReportKind.INCIDENT;
        }

        String period() {
            return id;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "課題管理表 (issues), データ更新一覧 (data-updates) or データ出典一覧 (data-sources) as of --month.")
    static final class Lists extends WriteReportCommand {

        @Parameters(index = "0", paramLabel = "issues|data-updates|data-sources")
        String which;

        @Option(names = "--month", required = true, paramLabel = "YYYY-MM")
        String month;

        ReportKind kind() {
            return switch (which) {
                case "issues" -> ReportKind.ISSUES;
                case "data-updates" -> ReportKind.DATA_UPDATES;
                case "data-sources" -> ReportKind.DATA_SOURCES;
                default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "list: expected issues, data-updates or data-sources, got " + which);
            };
        }

        String period() {
            return month;
        }
    }
}
