package jp.resas.ops.local.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import jp.resas.ops.local.runtime.LocalDatabase;
import jp.resas.ops.local.runtime.LocalPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code resas-ops migrate backfill-due-times} on a data directory whose open items have no due times (as rows
 * from before V79): stopped after two batches it prints them and {@code stopped}; run again it finishes; a
 * third run does nothing. Bad options exit 2 naming the option.
 */
class MigrateBackfillCliTest {

    @TempDir
    Path dir;

    private long missing(Path data) throws Exception {
        try (LocalPlatform platform = LocalPlatform.start(data, LocalDatabase.open(data));
             Connection connection = platform.connect(); Statement sql = connection.createStatement();
             ResultSet rs = sql.executeQuery("SELECT (SELECT count(*) FROM incident WHERE status <> 'CLOSED' AND "
                     + "sla_queue_due_at IS NULL) + (SELECT count(*) FROM ticket WHERE closed_at IS NULL AND "
                     + "sla_queue_due_at IS NULL)")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void seed(Path data) throws Exception {
        try (LocalPlatform platform = LocalPlatform.start(data, LocalDatabase.open(data));
             Connection connection = platform.connect(); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO incident (title, severity, status, source, opened_at, created_by) SELECT 'old ' || n, "
                    + "1 + n % 4, 'DETECTED', 'MANUAL', now() - n * interval '1 hour', 'ito' FROM generate_series(1, 25) n");
            sql.execute("INSERT INTO ticket (kind, title, priority, status, requester, created_at, content_authors) "
                    + "SELECT 'INQUIRY', 'old ' || n, 'HIGH', 'RECEIVED', 'sato', now() - n * interval '1 hour', "
                    + "ARRAY['sato'] FROM generate_series(1, 20) n");
        }
    }

    @Test
    void stoppedAfterTwoBatches_thenFinished_thenNothingLeft() throws Exception {
        Path data = dir.resolve("data");
        seed(data);
        assertThat(missing(data)).isEqualTo(45);

        CliRun stopped = CliRun.of("migrate", "backfill-due-times", "--data-dir", data.toString(), "--batch", "10",
                "--max-batches", "2");
        assertThat(stopped.exitCode()).as(stopped.err()).isZero();
        assertThat(stopped.out()).isEqualToNormalizingNewlines("batch 1: 10 items\nbatch 2: 10 items\n"
                + "stopped: 20 items in 2 batches\n");
        assertThat(missing(data)).isEqualTo(25);

        CliRun rest = CliRun.of("migrate", "backfill-due-times", "--data-dir", data.toString(), "--batch", "10");
        assertThat(rest.exitCode()).as(rest.err()).isZero();
        assertThat(rest.out()).endsWith("done: 25 items in 3 batches\n");
        assertThat(missing(data)).isZero();

        CliRun again = CliRun.of("migrate", "backfill-due-times", "--data-dir", data.toString());
        assertThat(again.out()).isEqualTo("done: 0 items in 0 batches\n");
    }

    @Test
    void badOptions_exit2_namingTheOption() {
        CliRun batch = CliRun.of("migrate", "backfill-due-times", "--data-dir", dir.toString(), "--batch", "0");
        assertThat(batch.exitCode()).isEqualTo(2);
        assertThat(batch.err()).contains("--batch must be between 1 and 100000, was 0");

        CliRun batches = CliRun.of("migrate", "backfill-due-times", "--data-dir", dir.toString(), "--max-batches", "-1");
        assertThat(batches.exitCode()).isEqualTo(2);
        assertThat(batches.err()).contains("--max-batches must not be negative");
    }
}
