package jp.resas.ops.functions.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import jp.resas.ops.functions.platform.DatabaseSettings;
import jp.resas.ops.functions.platform.InProcessContext;
import jp.resas.ops.testutils.TestDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The migration function on a real PostgreSQL: it migrates as the owner and enables the application role,
 * which can read and write data but cannot change the schema nor remove the audit log's protection.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MigrationHandlerTest {

    private static final String OWNER_ARN = "arn:aws:secretsmanager:ap-northeast-1:123456789012:secret:owner";
    private static final String APP_ARN = "arn:aws:secretsmanager:ap-northeast-1:123456789012:secret:app";
    private static final String APP_PASSWORD = "app-Passw0rd-'quoted'";

    private String url;
    private JsonNode answer;

    @BeforeAll
    void migrate() throws IOException {
        url = TestDatabase.newDatabase();
        MigrationHandler handler = new MigrationHandler(Map.of(MigrationHandler.OWNER_SECRET_ENV, OWNER_ARN,
                MigrationHandler.APP_SECRET_ENV, APP_ARN), (arn, host, db) -> arn.equals(OWNER_ARN)
                        ? new DatabaseSettings(url, "postgres", "postgres")
                        : new DatabaseSettings(url, "resas_app", APP_PASSWORD));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream("{}".getBytes()), out, new InProcessContext("db-migrate"));
        answer = new ObjectMapper().readTree(out.toByteArray());
    }

    /** The test URL names its user (?user=postgres), which would win over the one given here: drop it. */
    private Connection asApplication() throws SQLException {
        Connection connection = DriverManager.getConnection(url.replaceAll("\\?.*$", ""), "resas_app", APP_PASSWORD);
        try (Statement statement = connection.createStatement(); var row = statement.executeQuery("SELECT current_user")) {
            row.next();
            assertThat(row.getString(1)).as("connected as").isEqualTo("resas_app");
        }
        return connection;
    }

    @Test
    void theSchemaIsMigrated_asTheOwner() {
        assertThat(answer.path("migrationsExecuted").asInt()).isPositive();
        assertThat(answer.path("applicationRole").asText()).isEqualTo("resas_app");
    }

    @Test
    void theApplicationRole_logsInWithItsSecret_andWritesData() throws SQLException {
        try (Connection app = asApplication(); Statement statement = app.createStatement()) {
            statement.executeUpdate("INSERT INTO audit_log (actor, action, target_type) VALUES ('kato', 'test', 'role')");
            assertThat(statement.executeQuery("SELECT count(*) FROM audit_log WHERE actor = 'kato'").next()).isTrue();
        }
    }

    @Test
    void theApplicationRole_cannotAlterATable() throws SQLException {
        try (Connection app = asApplication(); Statement statement = app.createStatement()) {
            assertThatThrownBy(() -> statement.execute("ALTER TABLE incident ADD COLUMN sneaky TEXT"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("owner");
        }
    }

    @Test
    void theApplicationRole_cannotDropTheAuditLogsAppendOnlyTrigger() throws SQLException {
        try (Connection app = asApplication(); Statement statement = app.createStatement()) {
            assertThatThrownBy(() -> statement.execute("DROP TRIGGER audit_log_append_only ON audit_log"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("owner");
        }
    }

    @Test
    void theApplicationRole_cannotDisableTheTrigger_norTruncateTheAuditLog() throws SQLException {
        try (Connection app = asApplication(); Statement statement = app.createStatement()) {
            assertThatThrownBy(() -> statement.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only"))
                    .isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> statement.execute("TRUNCATE audit_log")).isInstanceOf(SQLException.class);
        }
    }

    @Test
    void theApplicationRole_cannotCreateTables() throws SQLException {
        try (Connection app = asApplication(); Statement statement = app.createStatement()) {
            assertThatThrownBy(() -> statement.execute("CREATE TABLE shadow_audit (id int)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
    }

    @Test
    void migratingAgain_appliesNothing_andStillEnablesTheRole() throws IOException {
        MigrationHandler again = new MigrationHandler(Map.of(MigrationHandler.OWNER_SECRET_ENV, OWNER_ARN,
                MigrationHandler.APP_SECRET_ENV, APP_ARN), (arn, host, db) -> arn.equals(OWNER_ARN)
                        ? new DatabaseSettings(url, "postgres", "postgres")
                        : new DatabaseSettings(url, "resas_app", APP_PASSWORD));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        again.handleRequest(new ByteArrayInputStream("{}".getBytes()), out, new InProcessContext("db-migrate"));

        assertThat(new ObjectMapper().readTree(out.toByteArray()).path("migrationsExecuted").asInt()).isZero();
    }

    @Test
    void anOpenItemWithoutDueTimes_getsThemFromTheMigration_asTheApplicationRole_andOnlyOnce() throws Exception {
        long id;
        try (Connection owner = DriverManager.getConnection(url, "postgres", "postgres");
                Statement statement = owner.createStatement()) {
            // A row as written before V79: open, without stored due times.
            var row = statement.executeQuery("INSERT INTO incident (title, severity, status, source, opened_at, "
                    + "created_by) VALUES ('before V79', 2, 'DETECTED', 'MANUAL', now() - interval '1 hour', 'ito') "
                    + "RETURNING id");
            row.next();
            id = row.getLong(1);
            statement.executeUpdate("UPDATE incident SET sla_response_due_at = NULL, sla_resolution_due_at = NULL, "
                    + "sla_queue_due_at = NULL WHERE id = " + id);
        }
        // The application role's own URL (the test URL names the owner as its user).
        MigrationHandler handler = new MigrationHandler(Map.of(MigrationHandler.OWNER_SECRET_ENV, OWNER_ARN,
                MigrationHandler.APP_SECRET_ENV, APP_ARN), (arn, host, db) -> arn.equals(OWNER_ARN)
                        ? new DatabaseSettings(url, "postgres", "postgres")
                        : new DatabaseSettings(url.replaceAll("\\?.*$", ""), "resas_app", APP_PASSWORD));

        JsonNode first = run(handler);
        JsonNode second = run(handler);

        assertThat(first.path("dueTimesBackfilled").asLong()).isPositive();
        assertThat(first.path("dueTimesComplete").asBoolean()).isTrue();
        assertThat(second.path("dueTimesBackfilled").asLong()).isZero();
        try (Connection app = asApplication(); Statement statement = app.createStatement();
                var row = statement.executeQuery("SELECT sla_response_due_at, sla_resolution_due_at, sla_queue_due_at FROM incident "
                        + "WHERE id = " + id)) {
            row.next();
            assertThat(row.getTimestamp(1)).as("response due").isNotNull();
            assertThat(row.getTimestamp(2)).as("resolution due").isNotNull();
            assertThat(row.getTimestamp(3)).as("queue due").isNotNull();
        }
    }

    private static JsonNode run(MigrationHandler handler) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        handler.handleRequest(new ByteArrayInputStream("{}".getBytes()), out, new InProcessContext("db-migrate"));
        return new ObjectMapper().readTree(out.toByteArray());
    }
}
