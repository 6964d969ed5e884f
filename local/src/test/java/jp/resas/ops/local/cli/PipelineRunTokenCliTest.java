package jp.resas.ops.local.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.resas.ops.platform.security.LocalSecurity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pipeline run} records the token's user as the starter, and that user cannot approve the run,
 * even holding the approver role too; another approver can.
 */
class PipelineRunTokenCliTest {

    @TempDir
    Path dataDir;

    @Test
    void theStarterIsTheTokensUser_andMayNotApproveTheirOwnRun() throws IOException {
        Path file = dataDir.resolve("vendor-visitors_2024.csv");
        try (InputStream in = getClass().getResourceAsStream("/datasets/samples/vendor-visitors_2024.csv")) {
            Files.copy(in, file);
        }
        var issuer = LocalSecurity.issuer(LocalSecurity.secret(dataDir), Clock.systemUTC());
        String both = issuer.issue("sato", List.of("operator", "approver"), Duration.ofMinutes(30));
        String other = issuer.issue("ito", List.of("approver"), Duration.ofMinutes(30));

        CliRun started = CliRun.of("pipeline", "run", "--dataset", "vendor-visitors", "--file", file.toString(),
                "--data-dir", dataDir.toString(), "--token", both);
        assertThat(started.exitCode()).as(started.err()).isZero();
        Matcher id = Pattern.compile("run (\\d+): AWAITING_APPROVAL").matcher(started.out());
        assertThat(id.find()).as(started.out()).isTrue();

        CliRun own = CliRun.of("pipeline", "approve", id.group(1), "--data-dir", dataDir.toString(), "--token", both);
        CliRun approved = CliRun.of("pipeline", "approve", id.group(1), "--data-dir", dataDir.toString(), "--token", other);

        assertThat(own.exitCode()).isEqualTo(2);
        assertThat(own.err()).contains("自分が開始した実行は承認・却下できません");
        assertThat(approved.exitCode()).as(approved.err()).isZero();
        assertThat(approved.out()).contains("run " + id.group(1) + ": PUBLISHED");
        assertThat(CliRun.of("pipeline", "run", "--dataset", "vendor-visitors", "--file", file.toString(),
                "--data-dir", dataDir.toString(), "--token", other).err()).contains("user ito is not in the operator group");
    }
}
