package jp.resas.ops.local.pipeline;

import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import jp.resas.ops.dataset.DatasetId;
import jp.resas.ops.dataset.ProcessingSpecs;
import jp.resas.ops.dataset.processing.DatasetProcessor;
import jp.resas.ops.dataset.processing.ProcessingContext;
import jp.resas.ops.dataset.spec.ProcessingSpec;
import jp.resas.ops.local.bench.CpuMeter;
import jp.resas.ops.local.bench.HeapPeak;
import jp.resas.ops.local.bench.Ratios;
import jp.resas.ops.local.runtime.LocalPlatform;
import jp.resas.ops.municipality.MunicipalityRegister;
import jp.resas.ops.municipality.MunicipalityRegisterLoader;
import jp.resas.ops.pipeline.infrastructure.JdbcStaging;
import org.postgresql.PGConnection;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The loading benchmark: generates an establishments-shaped Shift_JIS CSV, then measures parse → validate
 * → normalise → COPY into a staging table with the duplicate-key check (A) against a plain COPY of the same
 * normalised rows into a table of the same shape (B), in the same run and database: one warm-up of each, then
 * A and B in turn, {@code --rounds} times. Prints each pair, the min and median of the rate against COPY, the
 * JVM-wide heap peak during the pipeline's turns and the load average. Each turn's CPU (this JVM and the embedded
 * PostgreSQL, a parallel index build's workers included) is printed too, with the ratio of COPY's CPU to the
 * pipeline's: the machine's load moves elapsed times, much less the CPU a turn needs.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark processing + loading against raw PostgreSQL COPY, warmed up and alternated "
                + "(not a test; takes minutes).")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PipelineOptions options = new PipelineOptions();

    @Option(names = "--rows", defaultValue = "10000000", description = "Rows to generate (default: ${DEFAULT-VALUE}).")
    long rows;

    @Option(names = "--rounds", defaultValue = "3", description = "Pipeline/COPY pairs after the warm-up (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--work-dir", paramLabel = "DIR", description = "Where the generated files go (default: a temporary directory).")
    Path workDir;

    /** One turn of the pipeline: its load and its duplicate-key check. */
    private record PipelineTurn(DatasetProcessor.ChunkOutcome outcome, long duplicates, double loadSeconds,
            double checkSeconds, long loadCpu, long checkCpu) {

        long cpu() {
            return loadCpu + checkCpu;
        }

        double seconds() {
            return loadSeconds + checkSeconds;
        }
    }

    @Override
    public Integer call() throws Exception {
        if (rows < 1 || rounds < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--rows and --rounds must be at least 1");
        }
        var out = spec.commandLine().getOut();
        Path dir = workDir != null ? Files.createDirectories(workDir) : Files.createTempDirectory("resas-bench");
        Path csv = dir.resolve("establishments-bench.csv");
        Path normalised = dir.resolve("normalised.copy");
        MunicipalityRegister register = MunicipalityRegisterLoader.shipped();
        ProcessingSpec establishments = new ProcessingSpecs().find(new DatasetId("economic-census-establishments")).orElseThrow();
        List<String> codes = codes(register);
        long started = System.nanoTime();
        BenchmarkFile.write(csv, rows, register, codes);
        out.printf("generated %,d rows (%,d bytes, Windows-31J) in %.1f s: %s%n", rows, Files.size(csv), seconds(started), csv);
        out.flush();
        try (LocalPlatform platform = options.start()) {
            CpuMeter cpu = new CpuMeter(options.dataDirectory().resolve("postgres"));
            // A plain connection, outside Micronaut's transaction management: the benchmark owns its transactions.
            try (Connection connection = platform.connect();
                 Statement sql = connection.createStatement()) {
                connection.setAutoCommit(false);
                PGConnection pg = connection.unwrap(PGConnection.class);
                // Warm-up: one turn of each side; the pipeline's rows become B's input.
                PipelineTurn warm = pipeline(connection, sql, csv, register, establishments, cpu);
                try (Writer writer = Files.newBufferedWriter(normalised, StandardCharsets.UTF_8)) {
                    pg.getCopyAPI().copyOut("COPY bench_staging TO STDOUT", writer);
                }
                connection.commit();
                double warmCopy = copy(connection, sql, pg, normalised);
                long observations = warm.outcome().report().observations();
                out.printf("pipeline: %,d rows -> %,d observations, %d errors, %d duplicate keys; warm-up: pipeline %.1f s, "
                        + "COPY %.1f s%n", warm.outcome().report().rows(), observations, warm.outcome().report().errors(),
                        warm.duplicates(), warm.seconds(), warmCopy);
                out.flush();
                double[] withCheck = new double[rounds];
                double[] loadOnly = new double[rounds];
                double[] cpuWithCheck = new double[rounds];
                double[] cpuLoadOnly = new double[rounds];
                long heapPeak = 0;
                for (int r = 0; r < rounds; r++) {
                    PipelineTurn a;
                    try (HeapPeak peak = HeapPeak.start()) {
                        a = pipeline(connection, sql, csv, register, establishments, cpu);
                        heapPeak = Math.max(heapPeak, peak.bytes());
                    }
                    long copyCpuStart = cpu.nanos();
                    double b = copy(connection, sql, pg, normalised);
                    long copyCpu = cpu.nanos() - copyCpuStart;
                    cpuWithCheck[r] = (double) copyCpu / a.cpu();
                    cpuLoadOnly[r] = (double) copyCpu / a.loadCpu();
                    withCheck[r] = b / a.seconds();
                    loadOnly[r] = b / a.loadSeconds();
                    out.printf("  round %d: pipeline %.1f s (load %.1f s, duplicate-key check %.1f s) = %,.0f observations/s"
                            + " | COPY %.1f s = %,.0f observations/s | rate vs COPY %.2f (load only %.2f)%n", r + 1,
                            a.seconds(), a.loadSeconds(), a.checkSeconds(), observations / a.seconds(), b,
                            observations / b, withCheck[r], loadOnly[r]);
                    out.printf("  cpu %d: pipeline %.2f s (load %.2f s, duplicate-key check %.2f s) | COPY %.2f s | CPU ratio "
                            + "%.2f (load only %.2f)%n", r + 1, a.cpu() / 1e9, a.loadCpu() / 1e9, a.checkCpu() / 1e9,
                            copyCpu / 1e9, cpuWithCheck[r], cpuLoadOnly[r]);
                    out.flush();
                }
                out.printf("rate vs COPY, load + duplicate check: min %.2f median %.2f | load only: min %.2f median %.2f "
                        + "| heap peak %,d MiB (max heap %,d MiB) | load %s%n", Ratios.min(withCheck),
                        Ratios.median(withCheck), Ratios.min(loadOnly), Ratios.median(loadOnly), heapPeak >> 20,
                        Runtime.getRuntime().maxMemory() >> 20, Ratios.load());
                out.printf("CPU ratio (COPY's CPU over the pipeline's; this JVM and PostgreSQL), load + duplicate check: "
                        + "min %.2f median %.2f | load only: min %.2f median %.2f%n", Ratios.min(cpuWithCheck),
                        Ratios.median(cpuWithCheck), Ratios.min(cpuLoadOnly), Ratios.median(cpuLoadOnly));
                connection.setAutoCommit(true);
                sql.execute("DROP TABLE IF EXISTS bench_staging, bench_copy");
            }
        } finally {
            Files.deleteIfExists(csv);
            Files.deleteIfExists(normalised);
        }
        return 0;
    }

    /** A: the CSV parsed, validated, normalised and copied into a fresh staging table, then the key check. */
    private static PipelineTurn pipeline(Connection connection, Statement sql, Path csv, MunicipalityRegister register,
            ProcessingSpec spec, CpuMeter cpu) throws Exception {
        sql.execute("DROP TABLE IF EXISTS bench_staging");
        sql.execute("CREATE TABLE bench_staging (LIKE observation INCLUDING ALL)");
        connection.commit();
        long cpuStart = cpu.nanos();
        long start = System.nanoTime();
        DatasetProcessor.ChunkOutcome outcome;
        try (InputStream in = Files.newInputStream(csv)) {
            ProcessingContext context = new ProcessingContext(LocalDate.of(2021, 6, 1), register, done -> { });
            outcome = JdbcStaging.copy(connection, "bench_staging", 1, 0,
                    sink -> new DatasetProcessor().process(in, csv.getFileName().toString(), spec, context, sink));
        }
        connection.commit();
        double loadSeconds = seconds(start);
        long checkCpuStart = cpu.nanos();
        long checkStart = System.nanoTime();
        long duplicates;
        // The pipeline's check: the key index built unique; only if it refuses are duplicates counted.
        if (JdbcStaging.uniqueKeyIndex(connection, "bench_staging", "bench_staging_key")) {
            duplicates = 0;
        } else {
            sql.execute("SET LOCAL work_mem = '" + JdbcStaging.DUPLICATE_CHECK_MEMORY + "'");
            try (var result = sql.executeQuery("SELECT count(*) FROM (SELECT 1 FROM bench_staging GROUP BY area, "
                    + "period, category, measure HAVING count(*) > 1) d")) {
                result.next();
                duplicates = result.getLong(1);
            }
        }
        connection.commit();
        double checkSeconds = seconds(checkStart);
        long cpuEnd = cpu.nanos();
        return new PipelineTurn(outcome, duplicates, loadSeconds, checkSeconds, checkCpuStart - cpuStart,
                cpuEnd - checkCpuStart);
    }

    /** B: a plain COPY of the pipeline's normalised rows into a fresh table of the same shape; its seconds. */
    private static double copy(Connection connection, Statement sql, PGConnection pg, Path normalised) throws Exception {
        sql.execute("DROP TABLE IF EXISTS bench_copy");
        sql.execute("CREATE TABLE bench_copy (LIKE observation INCLUDING ALL)");
        connection.commit();
        long start = System.nanoTime();
        try (Reader reader = Files.newBufferedReader(normalised, StandardCharsets.UTF_8)) {
            pg.getCopyAPI().copyIn("COPY bench_copy FROM STDIN", reader);
        }
        connection.commit();
        return seconds(start);
    }

    /** Municipalities existing at the reference date, wards excluded (the establishments table has cities). */
    private static List<String> codes(MunicipalityRegister register) {
        return new java.util.ArrayList<>(java.util.stream.IntStream.range(1000, 48000)
                .mapToObj(i -> String.format("%05d", i)).map(jp.resas.ops.municipality.LocalGovernmentCode::new)
                .filter(code -> !code.isPrefecture() && register.existsAt(code, LocalDate.of(2021, 6, 1)) && !register.isWard(code))
                .map(jp.resas.ops.municipality.LocalGovernmentCode::fiveDigits).toList());
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
