package jp.resas.ops.local.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import jp.resas.ops.local.runtime.LocalDatabase;
import jp.resas.ops.local.runtime.LocalPlatform;
import jp.resas.ops.platform.jdbc.Sql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On one machine the alarm intake's trigger runs the notification sweep in-process (what the asynchronous
 * Lambda invoke does in AWS): {@code invoke alarm-intake} with a severity 1 alarm pages before it exits,
 * with no schedule running every minute; a severity 3 alarm pages nobody (it waits for the digest).
 */
class InvokePagesTest {

    private static final Path EVENTS = Path.of("..", "shared", "src", "test", "resources", "events");
    private static final String EVENT = EVENTS.resolve("eventbridge/awsdocs_state_change_for_a_metric_math_alarm.json")
            .toString();

    @TempDir
    Path dataDir;

    @Test
    void aSeverityOneAlarm_isPagedInProcess_beforeInvokeExits() throws Exception {
        try (LocalPlatform platform = LocalPlatform.start(dataDir, LocalDatabase.open(dataDir))) {
            platform.context().getBean(Sql.class).update("INSERT INTO alarm_rule (position, name_pattern, severity, "
                    + "auto_resolve) VALUES (1, 'TotalNetworkTraffic*', 1, FALSE)");
        }

        CliRun invoke = CliRun.of("invoke", "alarm-intake", "--data-dir", dataDir.toString(), "--event", EVENT);

        assertThat(invoke.exitCode()).isZero();
        long incidentId = new ObjectMapper().readTree(invoke.out()).at("/results/0/incidentId").asLong();
        try (LocalPlatform platform = LocalPlatform.start(dataDir, LocalDatabase.open(dataDir))) {
            Sql sql = platform.context().getBean(Sql.class);
            assertThat(sql.query("SELECT kind FROM incident_timeline WHERE incident_id = ? AND kind = 'PAGED'",
                    row -> row.getString(1), incidentId)).hasSize(1);
            assertThat(sql.queryOne("SELECT count(*)::int FROM notification_outbox WHERE kind = 'PAGE' "
                    + "AND delivered_at IS NOT NULL", row -> row.getInt(1))).contains(1);
        }
    }

    @Test
    void aSeverityThreeAlarm_pagesNobody() throws Exception {
        CliRun invoke = CliRun.of("invoke", "alarm-intake", "--data-dir", dataDir.toString(), "--event", EVENT);

        assertThat(invoke.exitCode()).isZero();
        try (LocalPlatform platform = LocalPlatform.start(dataDir, LocalDatabase.open(dataDir))) {
            assertThat(platform.context().getBean(Sql.class).queryOne("SELECT count(*)::int FROM incident_page",
                    row -> row.getInt(1))).contains(0);
        }
    }
}
