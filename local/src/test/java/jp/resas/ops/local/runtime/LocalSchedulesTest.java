package jp.resas.ops.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import jp.resas.ops.platform.jdbc.Sql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalSchedulesTest {

    @TempDir
    Path dataDir;

    @Test
    void scheduledFunction_runsAtOnceOnTheLocalPlatform() throws Exception {
        try (LocalPlatform platform = LocalPlatform.start(dataDir, LocalDatabase.open(dataDir))) {
            Sql sql = platform.context().getBean(Sql.class);
            String event = java.nio.file.Files.readString(Path.of("..", "shared", "src", "test", "resources",
                    "events", "eventbridge", "awsdocs_state_change_for_a_single_metric_alarm.json"));
            CountDownLatch ran = new CountDownLatch(1);
            try (LocalSchedules schedules = new LocalSchedules(platform.context(), new LocalFunctions(),
                    List.of(new LocalSchedules.Entry("alarm-intake", Duration.ofHours(1), event)),
                    entry -> ran.countDown())) {
                assertThat(ran.await(60, TimeUnit.SECONDS)).as("the first run starts at once").isTrue();
            }
            assertThat(count(sql)).isEqualTo(1);
        }
    }

    private static int count(Sql sql) {
        return sql.queryOne("SELECT count(*) FROM incident", row -> row.getInt(1)).orElseThrow();
    }
}
