package jp.resas.ops.functions.platform;

import jp.resas.ops.testutils.TestDatabase;
import org.flywaydb.core.Flyway;

/**
 * A fresh test database with the schema, as {@code db-migrate} leaves it in AWS: functions never migrate,
 * so their tests start from a migrated database.
 */
public final class MigratedDatabase {

    private MigratedDatabase() {
    }

    /** The JDBC URL of a new, migrated database (user and password {@code postgres}). */
    public static String newDatabase() {
        String url = TestDatabase.newDatabase();
        Flyway.configure().dataSource(url, "postgres", "postgres").locations("classpath:db/migration").load().migrate();
        return url;
    }
}
