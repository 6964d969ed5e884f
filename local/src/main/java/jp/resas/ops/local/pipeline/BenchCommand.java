package jp.resas.ops.local.pipeline;

import java.io.InputStream;
import java.io.Reader;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
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
 * → normalise → COPY into a staging table (with the duplicate-key check) against a plain COPY of the same
 * normalised rows into a table of the same shape, in the same run and database.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark processing + loading against raw PostgreSQL COPY (not a test; takes minutes).")
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    PipelineOptions options = new PipelineOptions();

    @Option(names = "--rows", defaultValue = "10000000", description = "Rows to generate (default: ${DEFAULT-VALUE}).")
    long rows;

    @Option(names = "--work-dir", paramLabel = "DIR", description = "Where the generated files go (default: a temporary directory).")
    Path workDir;

    @Override
    public Integer call() throws Exception {
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
            // A plain connection, outside Micronaut's transaction management: the benchmark owns its transactions.
            try (Connection connection = java.sql.DriverManager.getConnection(platform.databaseUrl(), "postgres", "postgres");
                 Statement sql = connection.createStatement()) {
                sql.execute("DROP TABLE IF EXISTS bench_staging, bench_copy");
                sql.execute("CREATE TABLE bench_staging (LIKE observation INCLUDING ALL)");
                sql.execute("CREATE TABLE bench_copy (LIKE observation INCLUDING ALL)");
                connection.setAutoCommit(false);
                resetPeaks();
                long pipelineStart = System.nanoTime();
                DatasetProcessor.ChunkOutcome outcome;
                try (InputStream in = Files.newInputStream(csv)) {
                    ProcessingContext context = new ProcessingContext(LocalDate.of(2021, 6, 1), register,
                            done -> { });
                    outcome = JdbcStaging.copy(connection, "bench_staging", 1, 0,
                            sink -> new DatasetProcessor().process(in, csv.getFileName().toString(), establishments, context, sink));
                }
                connection.commit();
                double loadSeconds = seconds(pipelineStart);
                long duplicateStart = System.nanoTime();
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
                double duplicateSeconds = seconds(duplicateStart);
                double pipelineSeconds = seconds(pipelineStart);
                long heapPeak = heapPeak();
                long observations = outcome.report().observations();
                out.printf("pipeline: %,d rows -> %,d observations, %d errors, %d duplicate keys in %.1f s = %,.0f rows/s "
                        + "(peak heap %,d MiB, max heap %,d MiB)%n", outcome.report().rows(), observations,
                        outcome.report().errors(), duplicates, pipelineSeconds, outcome.report().rows() / pipelineSeconds,
                        heapPeak >> 20, Runtime.getRuntime().maxMemory() >> 20);
                out.flush();
                PGConnection pg = connection.unwrap(PGConnection.class);
                try (Writer writer = Files.newBufferedWriter(normalised, StandardCharsets.UTF_8)) {
                    pg.getCopyAPI().copyOut("COPY bench_staging TO STDOUT", writer);
                }
                connection.commit();
                long copyStart = System.nanoTime();
                try (Reader reader = Files.newBufferedReader(normalised, StandardCharsets.UTF_8)) {
                    pg.getCopyAPI().copyIn("COPY bench_copy FROM STDIN", reader);
                }
                connection.commit();
                double copySeconds = seconds(copyStart);
                out.printf("raw COPY of the same %,d normalised rows: %.1f s = %,.0f observations/s (pipeline: %,.0f observations/s)%n",
                        observations, copySeconds, observations / copySeconds, observations / pipelineSeconds);
                out.printf("load (parse, validate rows, normalise, COPY into staging): %.1f s; duplicate-key check: %.1f s%n",
                        loadSeconds, duplicateSeconds);
                out.printf("rate vs COPY: load %.2f, load + duplicate check %.2f%n", copySeconds / loadSeconds,
                        copySeconds / pipelineSeconds);
                connection.setAutoCommit(true);
                sql.execute("DROP TABLE bench_staging, bench_copy");
            }
        } finally {
            Files.deleteIfExists(csv);
            Files.deleteIfExists(normalised);
        }
        return 0;
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

    private static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long heapPeak() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }
}
