package jp.resas.ops.local.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import jp.resas.ops.platform.security.LocalSecurity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A decision from the CLI needs an approver's token for the data directory, as the API does. */
class TokenAndApprovalCliTest {

    @TempDir
    Path dataDir;

    @Test
    void token_refusesANegativeOrZeroValidity() {
        CliRun negative = CliRun.of("token", "--user", "kato", "--groups", "viewer", "--data-dir", dataDir.toString(),
                "--valid-for", "-PT1H");
        CliRun zero = CliRun.of("token", "--user", "kato", "--groups", "viewer", "--data-dir", dataDir.toString(),
                "--valid-for", "PT0S");

        assertThat(negative.exitCode()).isEqualTo(2);
        assertThat(negative.err()).contains("--valid-for must be a positive duration");
        assertThat(negative.out()).isEmpty();
        assertThat(zero.exitCode()).isEqualTo(2);
    }

    @Test
    void approve_withoutAToken_isRefused_beforeAnythingIsRecorded() {
        CliRun run = CliRun.of("pipeline", "approve", "1", "--data-dir", dataDir.toString(), "--token", " ");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--token: no token given");
    }

    @Test
    void approve_withAViewersToken_orOneSignedElsewhere_isRefused() {
        String secret = LocalSecurity.secret(dataDir);
        String viewer = LocalSecurity.issuer(secret, Clock.systemUTC()).issue("ito", List.of("viewer"), Duration.ofMinutes(5));
        String forged = LocalSecurity.issuer("some-other-secret-0123456789abcdef0123456789abcdef", Clock.systemUTC())
                .issue("ito", List.of("approver"), Duration.ofMinutes(5));

        CliRun asViewer = CliRun.of("pipeline", "approve", "1", "--data-dir", dataDir.toString(), "--token", viewer);
        CliRun asForger = CliRun.of("pipeline", "approve", "1", "--data-dir", dataDir.toString(), "--token", forged);

        assertThat(asViewer.exitCode()).isEqualTo(2);
        assertThat(asViewer.err()).contains("not in the approver group");
        assertThat(asForger.exitCode()).isEqualTo(2);
        assertThat(asForger.err()).contains("not signed");
    }

    @Test
    void approve_noLongerTakesANameOnTrust() {
        CliRun run = CliRun.of("pipeline", "approve", "1", "--data-dir", dataDir.toString(), "--as", "anyone");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--as");
    }

    @Test
    void run_withoutAToken_orAViewersOrForeignToken_isRefused_beforeAnythingStarts() {
        String secret = LocalSecurity.secret(dataDir);
        String viewer = LocalSecurity.issuer(secret, Clock.systemUTC()).issue("ito", List.of("viewer", "approver"),
                Duration.ofMinutes(5));
        String forged = LocalSecurity.issuer("some-other-secret-0123456789abcdef0123456789abcdef", Clock.systemUTC())
                .issue("sato", List.of("operator"), Duration.ofMinutes(5));

        CliRun none = CliRun.of("pipeline", "run", "--dataset", "vendor-visitors", "--data-dir", dataDir.toString(),
                "--token", " ");
        CliRun asViewer = CliRun.of("pipeline", "run", "--dataset", "vendor-visitors", "--data-dir", dataDir.toString(),
                "--token", viewer);
        CliRun asForger = CliRun.of("pipeline", "run", "--dataset", "vendor-visitors", "--data-dir", dataDir.toString(),
                "--token", forged);

        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("--token: no token given");
        assertThat(asViewer.exitCode()).isEqualTo(2);
        assertThat(asViewer.err()).contains("user ito is not in the operator group");
        assertThat(asForger.exitCode()).isEqualTo(2);
        assertThat(asForger.err()).contains("not signed");
        assertThat(dataDir.resolve("postgres")).as("no database was started").doesNotExist();
    }

    @Test
    void run_noLongerTakesANameOnTrust() {
        CliRun run = CliRun.of("pipeline", "run", "--dataset", "vendor-visitors", "--data-dir", dataDir.toString(),
                "--as", "anyone");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--as");
    }
}
