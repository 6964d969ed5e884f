package jp.resas.ops.local.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** `bench portal` on tiny data: each page paired with the API reads of the same data, printed as ratios, never a pass/fail on time. */
class PortalBenchCliTest {

    @Test
    void printsEachPageWithItsRatiosSizesAndTheLoad() {
        CliRun run = CliRun.of("bench", "portal", "--tickets", "200", "--incidents", "40", "--findings", "30",
                "--rounds", "1", "--seconds", "0.3");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("seeded 200 tickets, 40 incidents and run ");
        for (String page : new String[] {"dashboard /portal/", "incident list /portal/incidents", "run findings /portal/approvals/runs/"}) {
            assertThat(run.out().lines().filter(l -> l.startsWith(page) && l.contains("p50 page/API min")))
                    .as(page).singleElement().satisfies(l -> assertThat(l)
                            .matches(".*p50 page/API min \\d+\\.\\d\\d median \\d+\\.\\d\\d \\| throughput page/API min "
                                    + "\\d+\\.\\d{3} median \\d+\\.\\d{3} \\| page p50 median \\d+\\.\\d ms \\| CPU/op \\(JVM and "
                                    + "PostgreSQL\\) page median \\d+\\.\\d\\d ms, API \\d+\\.\\d\\d ms \\| page [1-9]\\d* "
                                    + "bytes, API [1-9]\\d* bytes \\| load .*"));
        }
        // The run page lists the seeded findings (up to a page of them) under their counts by rule.
        assertThat(run.out()).containsPattern("run findings .* page \\d{5,} bytes");
    }

    @Test
    void withADataDir_seedsOnce_andMeasuresTheKeptDatabaseTheSecondTime(@org.junit.jupiter.api.io.TempDir
            java.nio.file.Path dir) {
        String data = dir.resolve("bench").toString();
        CliRun first = CliRun.of("bench", "portal", "--tickets", "100", "--incidents", "20", "--findings", "10",
                "--rounds", "1", "--seconds", "0.2", "--data-dir", data);
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("seeded 100 tickets, 20 incidents and run ");

        CliRun second = CliRun.of("bench", "portal", "--rounds", "1", "--seconds", "0.2", "--data-dir", data);
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("reusing the database seeded before in").doesNotContain("seeded 1000000");
        assertThat(second.out().lines().filter(l -> l.startsWith("dashboard /portal/") && l.contains("p50 page/API")))
                .hasSize(1);
    }

    @Test
    void refusesZeroFindings() {
        CliRun run = CliRun.of("bench", "portal", "--findings", "0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--findings, --rounds and --threads at least 1");
    }
}
