package jp.resas.ops.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One PostgreSQL server per data directory, with real processes: a second {@code resas-ops} process
 * uses the owner's server; after the owner JVM is killed with {@code kill -9} the next process stops the
 * server it left and starts its own; while another process owns the directory and its server is down,
 * {@code invoke} starts no second server and exits 2 with the reason.
 */
class DatabaseOwnershipTest {

    private static final Path EVENTS = Path.of("..", "shared", "src", "test", "resources", "events");
    private static final String ALARM = EVENTS.resolve("eventbridge/awsdocs_state_change_for_a_metric_math_alarm.json").toString();

    @TempDir
    Path dataDir;

    @Test
    void ownerKilled_theNextProcessStopsTheOrphan_andNeverRunsTwoServers() throws Exception {
        Path logs = dataDir.resolve("logs");
        long orphan;
        try (ResasOpsProcess local = ResasOpsProcess.start(logs, "local", "--data-dir", dataDir.toString(),
                "--port", "0")) {
            local.awaitLine("RESAS Ops is running");
            orphan = ResasOpsProcess.postmasterPid(dataDir);

            // Another process on the directory uses the running server: no second one.
            try (ResasOpsProcess invoke = ResasOpsProcess.start(logs, "invoke", "alarm-intake", "--data-dir",
                    dataDir.toString(), "--event", ALARM)) {
                assertThat(invoke.exitCode()).as(invoke.stderr()).isZero();
                assertThat(invoke.stderr()).contains("using the PostgreSQL server of");
            }
            assertThat(ResasOpsProcess.postmasterPid(dataDir)).isEqualTo(orphan);

            local.kill();
        }
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive))
                .as("kill -9 of the owner leaves its server running").contains(true);

        try (ResasOpsProcess invoke = ResasOpsProcess.start(logs, "invoke", "alarm-intake", "--data-dir",
                dataDir.toString(), "--event", ALARM)) {
            assertThat(invoke.exitCode()).as(invoke.stderr()).isZero();
            assertThat(invoke.stdoutRest()).contains("\"outcome\"");
            assertThat(invoke.stderr()).contains("stopping the PostgreSQL server (pid " + orphan + ")");
        }
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false))
                .as("the orphan was stopped, not left beside a second server").isFalse();
        assertThat(dataDir.resolve("postgres").resolve("postmaster.pid"))
                .as("invoke stopped the server it started when it ended").doesNotExist();
    }

    @Test
    void serverDownWhileAnotherProcessOwnsTheDirectory_invokeExits2_andStartsNoServer() throws Exception {
        // This test JVM owns the directory (holds the lock) and runs no server: what `local` looks like
        // between its server's death and its restart.
        Path logs = dataDir.resolve("logs");
        Optional<DataDirectoryLock> held = DataDirectoryLock.tryAcquire(dataDir);
        assertThat(held).isPresent();
        try (DataDirectoryLock lock = held.get();
             ResasOpsProcess invoke = ResasOpsProcess.start(logs, List.of("-D" + LocalDatabase.OWNER_WAIT_PROPERTY + "=2"),
                     "invoke", "alarm-intake", "--data-dir", dataDir.toString(), "--event", ALARM)) {
            assertThat(invoke.exitCode()).isEqualTo(2);
            assertThat(invoke.stderr()).contains("is owned by process " + ProcessHandle.current().pid())
                    .contains("Not starting a second server on the same directory").doesNotContain("\tat ");
            assertThat(dataDir.resolve("postgres").resolve("postmaster.pid")).doesNotExist();
        }
    }

}
