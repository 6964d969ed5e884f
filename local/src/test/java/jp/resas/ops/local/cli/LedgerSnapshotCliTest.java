package jp.resas.ops.local.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code resas-ops ledger snapshot --cdk-out DIR} on a real data directory: a cloud assembly is stored once,
 * again unchanged, then a changed template is a new snapshot with its diff; not an assembly, exit 1 and
 * nothing stored; a viewer's token, exit 2.
 */
class LedgerSnapshotCliTest {

    @TempDir
    Path dir;

    private static String token(Path data, String user, String groups) {
        return CliRun.of("token", "--user", user, "--groups", groups, "--data-dir", data.toString()).out().strip();
    }

    private static void assembly(Path out, int memory) throws Exception {
        Files.createDirectories(out);
        Files.writeString(out.resolve("manifest.json"), """
                {"version":"41.0.0","artifacts":{"ResasOps-Api":{"type":"aws:cloudformation:stack",
                  "properties":{"templateFile":"ResasOps-Api.template.json"}}}}
                """);
        Files.writeString(out.resolve("ResasOps-Api.template.json"), """
                {"Resources":{
                  "Api":{"Type":"AWS::Lambda::Function","Properties":{"MemorySize":%d,"Runtime":"java17"}},
                  "Logs":{"Type":"AWS::Logs::LogGroup","Properties":{"RetentionInDays":400}}}}
                """.formatted(memory));
    }

    @Test
    void anAssemblyIsStoredOnce_thenItsChange_andABadDirectoryStoresNothing() throws Exception {
        Path data = dir.resolve("data");
        Path out = dir.resolve("cdk.out");
        assembly(out, 512);
        String sato = token(data, "sato", "operator");

        CliRun first = CliRun.of("ledger", "snapshot", "--cdk-out", out.toString(), "--data-dir", data.toString(),
                "--token", sato);
        assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
        assertThat(first.out()).matches("(?s)\\d+ added 2 removed 0 changed 0\\s*");
        String id = first.out().strip().split(" ")[0];

        CliRun again = CliRun.of("ledger", "snapshot", "--cdk-out", out.toString(), "--data-dir", data.toString(),
                "--token", sato);
        assertThat(again.exitCode()).isZero();
        assertThat(again.out().strip()).isEqualTo("unchanged (snapshot " + id + ")");

        assembly(out, 1024);
        CliRun changed = CliRun.of("ledger", "snapshot", "--cdk-out", out.toString(), "--data-dir", data.toString(),
                "--token", sato);
        assertThat(changed.exitCode()).as(changed.out() + changed.err()).isZero();
        assertThat(changed.out()).matches("(?s)\\d+ added 0 removed 0 changed 1\\s*");
        assertThat(changed.out().strip()).doesNotStartWith(id + " ");

        CliRun notAssembly = CliRun.of("ledger", "snapshot", "--cdk-out", dir.resolve("nowhere").toString(),
                "--data-dir", data.toString(), "--token", sato);
        assertThat(notAssembly.exitCode()).isEqualTo(1);
        assertThat(notAssembly.err()).contains("nowhere").contains("manifest.json");

        CliRun byViewer = CliRun.of("ledger", "snapshot", "--cdk-out", out.toString(), "--data-dir", data.toString(),
                "--token", token(data, "kato", "viewer"));
        assertThat(byViewer.exitCode()).isEqualTo(2);
        assertThat(byViewer.err()).contains("not in the operator group");

        // nothing was stored by the refused runs: the last snapshot is still the changed one, so unchanged
        assembly(out, 1024);
        CliRun last = CliRun.of("ledger", "snapshot", "--cdk-out", out.toString(), "--data-dir", data.toString(),
                "--token", sato);
        assertThat(last.out().strip()).isEqualTo("unchanged (snapshot " + changed.out().strip().split(" ")[0] + ")");
    }
}
