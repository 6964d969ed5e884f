package jp.resas.ops.local.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import jp.resas.ops.dataset.ProcessingSpecs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A manual run ({@code pipeline run --file}) that failed validation is redriven from the CLI after the
 * delivered file was corrected: it collects again into a new version and waits for a new approval, which
 * then publishes it. A run that has not failed cannot be redriven.
 */
class RedriveCliTest {

    private static final Pattern RUN = Pattern.compile("run (\\d+): (\\w+)");

    @TempDir
    Path dir;

    private static String sample(int rows) throws IOException {
        try (InputStream in = ProcessingSpecs.sample("vendor-visitors_2024.csv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().limit(rows + 1L).toList();
            return String.join("\n", lines) + "\n";
        }
    }

    private static Matcher run(CliRun cli) {
        Matcher matcher = RUN.matcher(cli.out());
        assertThat(matcher.find()).as(cli.out() + cli.err()).isTrue();
        return matcher;
    }

    private static String token(Path data, String user, String groups) {
        return CliRun.of("token", "--user", user, "--groups", groups, "--data-dir", data.toString()).out().strip();
    }

    @Test
    void failedManualRun_isRedriven_collectsTheCorrectedFile_andNeedsANewApproval() throws Exception {
        Path data = dir.resolve("data");
        String good = sample(3);
        String bad = good.replace(",8334449,", ",-8334449,");
        Path file = Files.writeString(dir.resolve("visitors.csv"), bad);

        String kato = token(data, "kato", "operator");
        String ito = token(data, "ito", "operator");
        CliRun first = CliRun.of("pipeline", "run", "--dataset", "vendor-visitors", "--file", file.toString(),
                "--data-dir", data.toString(), "--token", kato);
        assertThat(first.exitCode()).as(first.out() + first.err()).isEqualTo(1);
        Matcher failed = run(first);
        assertThat(failed.group(2)).isEqualTo("FAILED");
        String id = failed.group(1);
        assertThat(first.out()).contains("Pipeline.ValidationFailed: 1 validation error");

        // The operator corrects the delivered file in the inbox, then redrives the run.
        try (Stream<Path> files = Files.walk(data)) {
            Path inbox = files.filter(p -> p.toString().contains("inbox") && p.getFileName().toString().endsWith("-visitors.csv"))
                    .findFirst().orElseThrow();
            Files.writeString(inbox, good);
        }
        CliRun byViewer = CliRun.of("pipeline", "redrive", id, "--data-dir", data.toString(),
                "--token", token(data, "yamada", "viewer"));
        assertThat(byViewer.exitCode()).isEqualTo(2);
        assertThat(byViewer.err()).contains("--token: user yamada is not in the operator group");

        CliRun redriven = CliRun.of("pipeline", "redrive", id, "--data-dir", data.toString(), "--token", ito,
                "--comment", "修正版を再収集");
        assertThat(redriven.exitCode()).as(redriven.out() + redriven.err()).isZero();
        assertThat(run(redriven).group(2)).isEqualTo("AWAITING_APPROVAL");
        assertThat(redriven.out()).contains("redrive").contains("previousReason").contains("by=ito");

        CliRun again = CliRun.of("pipeline", "redrive", id, "--data-dir", data.toString(), "--token", ito);
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("失敗していない");

        CliRun approved = CliRun.of("pipeline", "approve", id, "--data-dir", data.toString(), "--token",
                token(data, "suzuki", "approver"));
        assertThat(approved.exitCode()).as(approved.out() + approved.err()).isZero();
        assertThat(run(approved).group(2)).isEqualTo("PUBLISHED");
    }
}
