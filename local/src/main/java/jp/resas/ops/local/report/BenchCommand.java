package jp.resas.ops.local.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import javax.sql.DataSource;
import jp.resas.ops.local.bench.StatementLog;
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
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code resas-ops report bench}: a month with many tickets and incidents on a fresh embedded database,
 * the monthly report assembled and written in every format. One warm-up round, then measured rounds in
 * which every step is paired with a baseline taken just before it (reading the month's records through
 * the API's list use cases); it prints the median time and the min and median of each step's ratio to
 * its baseline, with the load average, since on a shared machine only the ratios compare.
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

    @Option(names = "--rounds", defaultValue = "3", description = "Measured rounds after one warm-up round (default 3).")
    int rounds;

    @Option(names = "--no-pdf", description = "Leave the PDF conversion out even where LibreOffice is installed.")
    boolean noPdf;

    @Override
    public Integer call() throws IOException {
        if (rounds < 1 || tickets < 0 || incidents < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--rounds must be at least 1, --tickets and --incidents at least 0");
        }
        Path data = Files.createTempDirectory("resas-report-bench");
        PrintWriter out = spec.commandLine().getOut();
        try (LocalPlatform platform = LocalPlatform.start(data, LocalDatabase.open(data))) {
            seed(platform.context().getBean(Sql.class));
            ReportSources sources = platform.context().getBean(ReportSources.class);
            ReportService reports = platform.context().getBean(ReportService.class);
            PdfConverter pdf = noPdf ? new PdfConverter("/nonexistent/soffice", "") : platform.context().getBean(PdfConverter.class);
            double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            Map<String, List<Double>> ratios = new LinkedHashMap<>();
            Map<String, List<Long>> times = new LinkedHashMap<>();
            Map<String, List<Long>> cpu = new LinkedHashMap<>();
            Map<String, List<Long>> pgCpu = new LinkedHashMap<>();
            for (int round = 0; round <= rounds; round++) {
                boolean warmUp = round == 0;
                // Each step is paired with a baseline read taken just before it, so load that comes and goes
                // moves both sides of a ratio alike.
                ReportDocument[] document = new ReportDocument[1];
                measure(warmUp, ratios, times, cpu, pgCpu, "assemble (every table, SLA per ticket)", sources, () -> {
                    document[0] = reports.assemble(ReportKind.MONTHLY, MONTH);
                    return document[0].tables().size();
                });
                byte[][] word = new byte[1][];
                measure(warmUp, ratios, times, cpu, pgCpu, "write .docx", sources, () -> {
                    word[0] = new DocxWriter().write(document[0], "");
                    return word[0].length;
                });
                measure(warmUp, ratios, times, cpu, pgCpu, "write .xlsx", sources, () -> new XlsxWriter().write(document[0]).length);
                measure(warmUp, ratios, times, cpu, pgCpu, "write source-data .zip", sources,
                        () -> new CsvZipWriter().write(document[0]).length);
                measure(warmUp, ratios, times, cpu, pgCpu, "all three formats, assembled and written", sources, () -> {
                    ReportDocument again = reports.assemble(ReportKind.MONTHLY, MONTH);
                    return new DocxWriter().write(again, "").length + new XlsxWriter().write(again).length
                            + new CsvZipWriter().write(again).length;
                });
                if (pdf.available()) {
                    measure(warmUp, ratios, times, cpu, pgCpu, "PDF through LibreOffice", sources,
                            () -> pdf.convert(word[0], "bench").orElseThrow().length);
                }
            }
            double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            out.printf("month %s: %d inquiries, %d incidents; measured rounds: %d after one warm-up; load average %.1f "
                    + "before, %.1f after%n", MONTH, tickets, incidents, rounds, loadBefore, loadAfter);
            out.printf("baseline: the month's records read through the API's lists, just before each step: median %d ms%n",
                    median(times.get("baseline")));
            out.printf("%-44s %12s %14s %14s %12s %12s%n", "step", "median ms", "ratio min", "ratio median", "JVM CPU ms",
                    "PG CPU ms");
            out.printf("%-44s %12d %13.2f× %13.2f× %12d %12d%n", "baseline", median(times.get("baseline")), 1.0, 1.0,
                    median(cpu.get("baseline")), median(pgCpu.get("baseline")));
            ratios.forEach((what, list) -> out.printf("%-44s %12d %13.2f× %13.2f× %12d %12d%n", what,
                    median(times.get(what)), Collections.min(list), median(list), median(cpu.get(what)),
                    median(pgCpu.get(what))));
            out.println("JVM CPU: the report process's CPU time in the step (all its threads, not PostgreSQL's); PG CPU: "
                    + "the PostgreSQL server's and its backends' in the same step. Other load on the machine stretches "
                    + "both far less than the elapsed time");
            countStatements(out, platform.context().getBean(DataSource.class), data.resolve("postgres").resolve("server.log"),
                    () -> reports.assemble(ReportKind.MONTHLY, MONTH));
            if (!pdf.available()) {
                out.println(noPdf ? "PDF: left out (--no-pdf)" : "PDF: skipped (LibreOffice not installed)");
            }
            return 0;
        } finally {
            delete(data);
        }
    }

    private static void measure(boolean warmUp, Map<String, List<Double>> ratios, Map<String, List<Long>> times,
            Map<String, List<Long>> cpu, Map<String, List<Long>> pgCpu, String what, ReportSources sources,
            Supplier<Integer> work) {
        long cpuStart = processCpuMillis();
        long pgStart = postgresCpuMillis();
        long baseline = time(() -> sources.incidents().size() + sources.tickets(TicketKind.INQUIRY).size());
        long cpuBetween = processCpuMillis();
        long pgBetween = postgresCpuMillis();
        long step = time(work);
        long cpuEnd = processCpuMillis();
        long pgEnd = postgresCpuMillis();
        if (!warmUp) {
            pgCpu.computeIfAbsent("baseline", k -> new ArrayList<>()).add(pgBetween - pgStart);
            pgCpu.computeIfAbsent(what, k -> new ArrayList<>()).add(pgEnd - pgBetween);
            times.computeIfAbsent("baseline", k -> new ArrayList<>()).add(baseline);
            times.computeIfAbsent(what, k -> new ArrayList<>()).add(step);
            cpu.computeIfAbsent("baseline", k -> new ArrayList<>()).add(cpuBetween - cpuStart);
            cpu.computeIfAbsent(what, k -> new ArrayList<>()).add(cpuEnd - cpuBetween);
            ratios.computeIfAbsent(what, k -> new ArrayList<>()).add((double) step / Math.max(1, baseline));
        }
    }

    /** The JVM's CPU time so far (every thread: the step's own, the JIT's and the collector's). */
    private static long processCpuMillis() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime() / 1_000_000;
        }
        return 0;
    }

    /**
     * The CPU time so far of the PostgreSQL processes this JVM started (the server and its backends, whose connections
     * the pool keeps open), read from the operating system's process table.
     */
    private static long postgresCpuMillis() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
                .mapToLong(p -> p.info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(0L)).sum();
    }

    /**
     * The statements one assembling of the month sends, counted in the server's log with {@code log_statement = all}
     * switched on for it alone, and the most frequent of them (so a query per row shows).
     */
    private static void countStatements(PrintWriter out, DataSource dataSource, Path log, Runnable assemble) {
        try {
            StatementLog.Count count = StatementLog.count(dataSource, log, assemble);
            out.printf("statements sent by one assembling of the month (log_statement = all): %d%n", count.total());
            count.shapes().entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(8)
                    .forEach(e -> out.printf("  %5d × %s%n", e.getValue(), e.getKey()));
        } catch (SQLException | IOException e) {
            out.println("statements: not counted (" + e.getMessage() + ")");
        }
    }

    private static <T extends Comparable<T>> T median(List<T> values) {
        List<T> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
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

    private static void delete(Path directory) {
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + directory, e);
        }
    }

}
