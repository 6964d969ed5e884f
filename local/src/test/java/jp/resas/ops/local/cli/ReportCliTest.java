package jp.resas.ops.local.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import jp.resas.ops.report.ReportFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code resas-ops report}: an alarm invoked into the data directory, then its reports written to a directory. */
class ReportCliTest {

    private static final Path EVENT = Path.of("..", "shared", "src", "test", "resources", "events",
            "eventbridge", "awsdocs_state_change_for_a_metric_math_alarm.json");

    @TempDir
    Path dataDir;

    @TempDir
    Path out;

    @Test
    void monthlyAndIncidentReports_areWritten_andTheirPathsPrinted() throws IOException {
        CliRun invoke = CliRun.of("invoke", "alarm-intake", "--data-dir", dataDir.toString(), "--event", EVENT.toString());
        long incident = new ObjectMapper().readTree(invoke.out()).at("/results/0/incidentId").asLong();

        CliRun monthly = CliRun.of("report", "monthly", "--month", "2019-10", "--data-dir", dataDir.toString(),
                "--out", out.toString());
        CliRun incidentReport = CliRun.of("report", "incident", String.valueOf(incident), "--data-dir",
                dataDir.toString(), "--out", out.toString());

        assertThat(monthly.exitCode()).as(monthly.err()).isZero();
        List<String> paths = monthly.out().lines().toList();
        assertThat(paths).containsExactly(out.resolve("月次定例報告書_2019-10.docx").toAbsolutePath().toString(),
                out.resolve("月次定例報告書_2019-10.xlsx").toAbsolutePath().toString(),
                out.resolve("月次定例報告書_2019-10_元データ.zip").toAbsolutePath().toString(),
                out.resolve("月次定例報告書_2019-10.pdf").toAbsolutePath().toString());
        ReportFiles word = ReportFiles.docx(Files.readAllBytes(Path.of(paths.get(0))));
        assertThat(word.texts()).contains("令和元年10月");
        assertThat(word.rows("3-2")).extracting(r -> r.get(0)).containsExactly(String.valueOf(incident));
        assertThat(incidentReport.exitCode()).as(incidentReport.err()).isZero();
        ReportFiles dossier = ReportFiles.docx(Files.readAllBytes(Path.of(incidentReport.out().lines().findFirst()
                .orElseThrow())));
        assertThat(dossier.rows("3-1")).isNotEmpty();
        assertThat(dossier.rows("1-1")).contains(List.of("アラーム", "TotalNetworkTrafficTooHigh"));
    }

    @Test
    void aFutureMonth_orAnUnknownIncident_exits1_withAMessage_andWritesNothing() throws IOException {
        CliRun future = CliRun.of("report", "monthly", "--month", "2999-01", "--data-dir", dataDir.toString(),
                "--out", out.toString());
        CliRun unknown = CliRun.of("report", "incident", "4242", "--data-dir", dataDir.toString(), "--out",
                out.toString());
        CliRun badWeek = CliRun.of("report", "weekly", "--week", "2026-48", "--data-dir", dataDir.toString(), "--out",
                out.toString());

        assertThat(future.exitCode()).isEqualTo(1);
        assertThat(future.err()).contains("2999-01 はまだ始まっていない月です。");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.err()).contains("障害 4242 はありません。");
        assertThat(badWeek.exitCode()).isEqualTo(1);
        assertThat(badWeek.err()).contains("YYYY-Www");
        try (Stream<Path> written = Files.list(out)) {
            assertThat(written).isEmpty();
        }
    }
}
