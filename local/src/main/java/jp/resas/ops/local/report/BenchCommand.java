package jp.resas.ops.local.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import jp.resas.ops.local.runtime.LocalDatabase;
import jp.resas.ops.local.runtime.LocalPlatform;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.report.ReportDocument;
import jp.resas.ops.report.ReportKind;
import jp.resas.ops.report.ReportSources;
import jp.resas.ops.report.document.CsvZipWriter;
import jp.resas.ops.report.document.DocxWriter;
import jp.resas.ops.report.document.PdfConverter;
import jp.resas.ops.report.document.XlsxWriter;
import jp.resas.ops.report.infrastructure.ReportService;
import jp.resas.ops.ticket.TicketKind;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code resas-ops report bench}: a month with many tickets and incidents on a fresh embedded database,
 * the monthly report assembled and written in every format. Each figure is printed against a baseline
 * measured in the same run: reading the same records once through the API's list use cases.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time the monthly report on a generated month (against reading its records through the API's lists).")
final class BenchCommand implements Callable<Integer> {

    private static final String MONTH = "2026-11";

    @Spec
    CommandSpec spec;

    @Option(names = "--tickets", defaultValue = "10000", description = "Inquiries in the month (default 10000).")
    int tickets;

    @Option(names = "--incidents", defaultValue = "1000", description = "Incidents in the month (default 1000).")
    int incidents;

    @Override
    public Integer call() throws IOException {
        Path data = Files.createTempDirectory("resas-report-bench");
        PrintWriter out = spec.commandLine().getOut();
        try (LocalPlatform platform = LocalPlatform.start(data, LocalDatabase.open(data))) {
            seed(platform.context().getBean(Sql.class));
            ReportSources sources = platform.context().getBean(ReportSources.class);
            ReportService reports = platform.context().getBean(ReportService.class);
            reports.assemble(ReportKind.MONTHLY, MONTH);
            long baseline = time(() -> sources.incidents().size() + sources.tickets(TicketKind.INQUIRY).size());
            long[] assembled = new long[1];
            ReportDocument[] document = new ReportDocument[1];
            assembled[0] = time(() -> {
                document[0] = reports.assemble(ReportKind.MONTHLY, MONTH);
                return document[0].tables().size();
            });
            long docx = time(() -> new DocxWriter().write(document[0], "").length);
            long xlsx = time(() -> new XlsxWriter().write(document[0]).length);
            long zip = time(() -> new CsvZipWriter().write(document[0]).length);
            out.printf("month %s: %d inquiries, %d incidents%n", MONTH, tickets, incidents);
            out.printf("baseline: the records read through the API's lists   %6d ms%n", baseline);
            line(out, "assemble (every table, SLA per ticket)", assembled[0], baseline);
            line(out, "write .docx", docx, baseline);
            line(out, "write .xlsx", xlsx, baseline);
            line(out, "write source-data .zip", zip, baseline);
            line(out, "all three formats, assembled and written", assembled[0] + docx + xlsx + zip, baseline);
            PdfConverter pdf = PdfConverter.fromEnvironment();
            if (pdf.available()) {
                byte[] word = new DocxWriter().write(document[0], "");
                line(out, "PDF through LibreOffice", time(() -> pdf.convert(word, "bench").orElseThrow().length), baseline);
            } else {
                out.println("PDF: skipped (LibreOffice not installed)");
            }
            return 0;
        } finally {
            delete(data);
        }
    }

    private void seed(Sql sql) {
        sql.update("INSERT INTO incident (title, severity, status, source, opened_at, closed_at, major) "
                + "SELECT 'ベンチマーク障害 ' || g, 1 + g % 4, CASE WHEN g % 3 = 0 THEN 'CLOSED' ELSE 'DETECTED' END, 'MANUAL', "
                + "timestamptz '2026-11-01 09:00+09' + (g % 29) * interval '1 day' + (g % 8) * interval '1 hour', "
                + "CASE WHEN g % 3 = 0 THEN timestamptz '2026-11-30 12:00+09' END, g % 50 = 0 "
                + "FROM generate_series(1, ?) g", incidents);
        // Each inquiry is answered an hour after it arrived and resolved six hours after (a quarter stay open).
        sql.update("INSERT INTO ticket (kind, title, priority, status, requester, fields, created_at, first_responded_at, "
                + "resolved_at) SELECT 'INQUIRY', '問合せ ' || g, (ARRAY['HIGH','MEDIUM','LOW'])[1 + g % 3], "
                + "CASE WHEN g % 4 = 0 THEN 'RECEIVED' ELSE 'ANSWERED' END, 'owner' || g % 20, jsonb_build_object('channel', "
                + "(ARRAY['EMAIL','PHONE','PORTAL','MEETING','OTHER'])[1 + g % 5], 'requesterKind', "
                + "(ARRAY['OWNER','CABINET','OTHER'])[1 + g % 3], 'body', '本文 ' || g), c.at, "
                + "CASE WHEN g % 4 <> 0 THEN c.at + interval '1 hour' END, "
                + "CASE WHEN g % 4 <> 0 THEN c.at + interval '6 hours' END "
                + "FROM generate_series(1, ?) g CROSS JOIN LATERAL (SELECT timestamptz '2026-11-02 09:00+09' "
                + "+ (g % 28) * interval '1 day' + (g % 8) * interval '1 hour' AS at) c", tickets);
    }

    private static long time(Supplier<Integer> work) {
        long start = System.nanoTime();
        if (work.get() < 0) {
            throw new IllegalStateException("nothing measured");
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    private static void line(PrintWriter out, String what, long ms, long baseline) {
        out.printf("%-52s %6d ms  %6.2f× baseline%n", what, ms, baseline == 0 ? 0.0 : (double) ms / baseline);
    }

    private static void delete(Path directory) {
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + directory, e);
        }
    }

}
