package jp.resas.ops.functions.alarm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.context.ApplicationContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import jp.resas.ops.alarm.IntakeResult;
import jp.resas.ops.functions.platform.InProcessContext;
import jp.resas.ops.functions.platform.LambdaPlatform;
import jp.resas.ops.functions.platform.MigratedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** SnapStart priming runs alarm-intake's request path against the real database and writes nothing. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlarmIntakePrimingTest {

    private ApplicationContext context;

    @BeforeAll
    void start() {
        context = LambdaPlatform.start(Map.of("RESAS_DB_URL", MigratedDatabase.newDatabase(),
                "RESAS_DB_USER", "postgres", "RESAS_DB_PASSWORD", "postgres"), (arn, host, db) -> {
                    throw new AssertionError("no secret should be read when RESAS_DB_URL is set");
                });
    }

    @AfterAll
    void stop() {
        context.close();
    }

    private long count(String table) throws SQLException {
        // The pool itself: Micronaut's contextual data source hands out connections inside transactions only.
        try (Connection c = context.getBean(DataSource.class).unwrap(HikariDataSource.class).getConnection();
                ResultSet rs = c.createStatement().executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void priming_takesTheEventThroughTheIntake_andRollsEverythingBack_soTheRealEventStillOpensItsIncident()
            throws SQLException, IOException {
        AlarmIntakePriming priming = new AlarmIntakePriming(context);

        List<IntakeResult> primed = priming.prime();
        priming.beforeCheckpoint(null);

        assertThat(primed).extracting(result -> result.outcome().name()).containsExactly("OPENED");
        for (String table : List.of("incident", "incident_timeline", "alarm", "alarm_transition", "audit_log")) {
            assertThat(count(table)).as(table).isZero();
        }
        // The same alarm sent for real afterwards is new, not a duplicate of the primed one.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new AlarmIntakeHandler(context).handleRequest(
                new ByteArrayInputStream(AlarmIntakePriming.EVENT.getBytes(StandardCharsets.UTF_8)), out,
                new InProcessContext("alarm-intake"));
        assertThat(new ObjectMapper().readTree(out.toByteArray()).at("/results/0/outcome").asText())
                .isEqualTo("OPENED");
        assertThat(count("incident")).isEqualTo(1);
    }
}
