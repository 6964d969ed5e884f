package jp.resas.ops.local.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README's exit codes: 2 when {@code invoke} or {@code pipeline validate} cannot run (unusable data
 * directory, unreadable input), 1 only for a rejected event or a failed validation. The data directories
 * are made unusable in ways that hold for root too (a file where a directory must be).
 */
class ExitCodeTest {

    private static final Path EVENTS = Path.of("..", "shared", "src", "test", "resources", "events");
    private static final String ALARM = EVENTS.resolve("eventbridge/awsdocs_state_change_for_a_metric_math_alarm.json").toString();

    @TempDir
    Path dir;

    @Test
    void invoke_withADataDirectoryThatIsAFile_exits2_namingIt() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
        CliRun run = CliRun.of("invoke", "alarm-intake", "--data-dir", file.toString(), "--event", ALARM);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Cannot run alarm-intake").contains("is not a directory").contains(file.toString());
        assertThat(run.out()).isEmpty();
    }

    @Test
    void invoke_withADataDirectoryThatCannotBeCreated_exits2() throws Exception {
        Path below = Files.writeString(dir.resolve("plain-file"), "x").resolve("data");
        CliRun run = CliRun.of("invoke", "alarm-intake", "--data-dir", below.toString(), "--event", ALARM);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Cannot run alarm-intake").contains("is not writable").contains(below.toString());
    }

    @Test
    void invoke_whoseDatabaseCannotStartInTheDataDirectory_exits2() throws Exception {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("postgres"), "not a database cluster");
        CliRun run = CliRun.of("invoke", "alarm-intake", "--data-dir", data.toString(), "--event", ALARM);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Cannot run alarm-intake").contains("postgres");
    }

    @Test
    void invoke_withAnEventThatIsADirectory_exits2() {
        CliRun run = CliRun.of("invoke", "alarm-intake", "--data-dir", dir.resolve("data").toString(),
                "--event", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Cannot read event file");
    }

    @Test
    void validate_withAnUnusableDataDirectory_exits2_notAsAFailedValidation() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
        Path csv = Files.writeString(dir.resolve("in.csv"), "市区町村コード\r\n", Charset.forName("windows-31j"));
        CliRun run = CliRun.of("pipeline", "validate", "--dataset", "economic-census-establishments",
                "--file", csv.toString(), "--data-dir", file.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Cannot validate").contains("is not a directory");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void validate_withAnInputThatIsADirectory_exits2() {
        CliRun run = CliRun.of("pipeline", "validate", "--dataset", "economic-census-establishments",
                "--file", dir.toString(), "--data-dir", dir.resolve("data").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Cannot read " + dir);
    }

    @Test
    void validate_ofABadFile_exits1_withTheReport() throws Exception {
        Path csv = Files.writeString(dir.resolve("in.csv"),
                "市区町村コード,市区町村名,産業大分類コード,産業大分類名,事業所数,従業者数\r\n312011,鳥取市,D,建設業,-1,900\r\n",
                Charset.forName("windows-31j"));
        CliRun run = CliRun.of("pipeline", "validate", "--dataset", "economic-census-establishments",
                "--file", csv.toString(), "--data-dir", dir.resolve("data").toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).contains("\"rule\" : \"range\"");
    }
}
