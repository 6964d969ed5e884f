package jp.resas.ops.local.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pipeline bench} on a small file: a warm-up, then each round's pipeline/COPY pair, and the min and median
 * of the rate against COPY with one heap peak (never above the maximum heap) and the load; never a pass/fail on time.
 */
class PipelineBenchCliTest {

    private static final String NUMBER = "[0-9][0-9,]*(\\.[0-9]+)?";

    @TempDir
    Path dir;

    @Test
    void printsTheWarmUp_eachPair_andTheRatiosWithTheHeapPeakAndTheLoad() {
        CliRun run = CliRun.of("pipeline", "bench", "--rows", "3000", "--rounds", "2", "--data-dir",
                dir.resolve("data").toString(), "--work-dir", dir.resolve("work").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().filter(l -> l.startsWith("pipeline: "))).singleElement().satisfies(l -> assertThat(l)
                .matches("pipeline: 3,000 rows -> " + NUMBER + " observations, 0 errors, 0 duplicate keys; warm-up: "
                        + "pipeline " + NUMBER + " s, COPY " + NUMBER + " s"));
        assertThat(run.out().lines().filter(l -> l.startsWith("  round "))).hasSize(2).allSatisfy(l -> assertThat(l)
                .matches("  round [12]: pipeline " + NUMBER + " s \\(load " + NUMBER + " s, duplicate-key check " + NUMBER
                        + " s\\) = " + NUMBER + " observations/s \\| COPY " + NUMBER + " s = " + NUMBER
                        + " observations/s \\| rate vs COPY " + NUMBER + " \\(load only " + NUMBER + "\\)"));
        String summary = run.out().lines().filter(l -> l.startsWith("rate vs COPY")).findFirst().orElseThrow();
        assertThat(summary).matches("rate vs COPY, load \\+ duplicate check: min " + NUMBER + " median " + NUMBER
                + " \\| load only: min " + NUMBER + " median " + NUMBER + " \\| heap peak " + NUMBER + " MiB \\(max heap "
                + NUMBER + " MiB\\) \\| load -?" + NUMBER + " \\(\\d+ cores\\)");
        long peak = Long.parseLong(summary.replaceAll(".*heap peak ([0-9,]+) MiB.*", "$1").replace(",", ""));
        long max = Long.parseLong(summary.replaceAll(".*max heap ([0-9,]+) MiB.*", "$1").replace(",", ""));
        assertThat(peak).isPositive().isLessThanOrEqualTo(max);
    }

    @Test
    void printsEachTurnsCpu_ofThisJvmAndPostgres_andTheCpuRatios() {
        CliRun run = CliRun.of("pipeline", "bench", "--rows", "2000", "--rounds", "1", "--data-dir",
                dir.resolve("data").toString(), "--work-dir", dir.resolve("work").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        java.util.List<String> cpuLines = run.out().lines().filter(l -> l.startsWith("  cpu ")).toList();
        assertThat(cpuLines).hasSize(1);
        String cpu = cpuLines.get(0);
        assertThat(cpu).matches("  cpu 1: pipeline " + NUMBER + " s \\(load " + NUMBER + " s, duplicate-key check " + NUMBER
                + " s\\) \\| COPY " + NUMBER + " s \\| CPU ratio " + NUMBER + " \\(load only " + NUMBER + "\\)");
        // The pipeline's turn did work (parsing, the index build), and its CPU is its load's plus its check's.
        double pipeline = Double.parseDouble(cpu.replaceAll("  cpu 1: pipeline ([0-9.]+) s.*", "$1"));
        double load = Double.parseDouble(cpu.replaceAll(".*\\(load ([0-9.]+) s,.*", "$1"));
        double check = Double.parseDouble(cpu.replaceAll(".*duplicate-key check ([0-9.]+) s\\).*", "$1"));
        assertThat(pipeline).isPositive().isCloseTo(load + check, org.assertj.core.data.Offset.offset(0.02));
        assertThat(run.out().lines().filter(l -> l.startsWith("CPU ratio"))).singleElement().satisfies(l -> assertThat(l)
                .matches("CPU ratio \\(COPY's CPU over the pipeline's; this JVM and PostgreSQL\\), load \\+ duplicate check: "
                        + "min " + NUMBER + " median " + NUMBER + " \\| load only: min " + NUMBER + " median " + NUMBER));
    }

    @Test
    void refusesZeroRounds() {
        CliRun run = CliRun.of("pipeline", "bench", "--rounds", "0", "--data-dir", dir.resolve("data").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--rows and --rounds must be at least 1");
    }
}
