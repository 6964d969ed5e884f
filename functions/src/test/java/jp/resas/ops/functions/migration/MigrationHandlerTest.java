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
}
