package jp.resas.ops.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL requires a password: a data directory made before passwords (trust for every
 * local user, as zonky's initdb leaves it) is given one on its next start, its data kept; connections
 * without the password or with a wrong one are refused.
 */
class DatabasePasswordTest {

    @TempDir
    Path dataDir;

    @Test
    void aDirectoryFromBeforePasswords_isGivenOne_andConnectionsWithoutItAreRefused() throws Exception {
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(dataDir.resolve("postgres"))
                .setCleanDataDirectory(false).start();
             Connection connection = old.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE resasops");
        }
        try (EmbeddedPostgres old = EmbeddedPostgres.builder().setDataDirectory(dataDir.resolve("postgres"))
                .setCleanDataDirectory(false).start();
             Connection connection = old.getDatabase("postgres", "resasops").getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (note text)");
            statement.execute("INSERT INTO kept VALUES ('before the upgrade')");
        }
        assertThat(Files.readString(dataDir.resolve("postgres").resolve("pg_hba.conf"))).contains("trust");
        assertThat(dataDir.resolve(DatabasePassword.FILE)).doesNotExist();

        try (LocalDatabase database = LocalDatabase.open(dataDir, false)) {
            Path password = dataDir.resolve(DatabasePassword.FILE);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(password))).isEqualTo("rw-------");
            assertThat(database.password()).isEqualTo(Files.readString(password).strip()).hasSizeGreaterThanOrEqualTo(32);
            assertThat(Files.readString(dataDir.resolve("postgres").resolve("pg_hba.conf"))).doesNotContain("trust");

            for (String wrong : new String[] {null, "", "wrong-password"}) {
                assertThatThrownBy(() -> ResasOpsProcess.connect(dataDir, wrong).close())
                        .as("password " + wrong).isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isIn("28P01", "28000", "08004"));
            }
            try (Connection connection = ResasOpsProcess.connect(dataDir, database.password());
                 Statement statement = connection.createStatement();
                 var rows = statement.executeQuery("SELECT note FROM kept")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("before the upgrade");
            }
        }

        // The next start reuses the password it was given.
        String given = Files.readString(dataDir.resolve(DatabasePassword.FILE));
        try (LocalDatabase again = LocalDatabase.open(dataDir, false)) {
            assertThat(again.password()).isEqualTo(given.strip());
        }
    }
}
