package jp.resas.ops.local.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** `report bench` on a tiny month: every step paired with its baseline and printed as ratios, never a pass/fail on time. */
class ReportBenchCliTest {

    @Test
    void printsEveryStepWithItsRatiosAndTheLoad() {
        CliRun run = CliRun.of("report", "bench", "--tickets", "40", "--incidents", "6", "--rounds", "1", "--no-pdf");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("40 inquiries, 6 incidents; measured rounds: 1 after one warm-up; load average")
                .contains("PDF: left out (--no-pdf)");
        for (String step : new String[] {"assemble (every table, SLA per ticket)", "write .docx", "write .xlsx",
                "write source-data .zip", "all three formats, assembled and written"}) {
            assertThat(run.out().lines().filter(l -> l.startsWith(step)))
                    .as(step).singleElement().satisfies(l -> assertThat(l).matches(".*\\d+\\s+\\d+\\.\\d\\d×\\s+\\d+\\.\\d\\d×\\s+\\d+\\s+\\d+"));
        }
        assertThat(run.out()).doesNotContain("PDF through LibreOffice").contains("JVM CPU ms    PG CPU ms")
                .containsPattern("statements sent by one assembling of the month \\(log_statement = all\\): [1-9]\\d*\\n");
    }

    @Test
    void refusesZeroRounds() {
        CliRun run = CliRun.of("report", "bench", "--rounds", "0");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--rounds must be at least 1");
    }
}
