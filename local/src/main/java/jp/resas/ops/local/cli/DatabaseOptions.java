package jp.resas.ops.local.cli;

import java.nio.file.Path;
import jp.resas.ops.local.runtime.DataDirectory;
import jp.resas.ops.local.runtime.LocalDatabase;
import picocli.CommandLine.Option;

/** Where the data lives: a data directory with its embedded PostgreSQL, or an existing server. */
public final class DatabaseOptions {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Data directory (embedded PostgreSQL, JWT secret). Default: .resas-ops/ here.")
    Path dataDir;

    @Option(names = "--db-url", paramLabel = "URL",
            description = "Use this PostgreSQL server (JDBC URL) instead of the embedded one.")
    String dbUrl;

    @Option(names = "--db-user", paramLabel = "USER", defaultValue = "postgres",
            description = "User for --db-url (default: ${DEFAULT-VALUE}).")
    String dbUser;

    @Option(names = "--db-password", paramLabel = "PASSWORD", defaultValue = "${env:RESAS_DB_PASSWORD:-}",
            description = "Password for --db-url (default: $RESAS_DB_PASSWORD).")
    String dbPassword;

    public Path dataDirectory() {
        return DataDirectory.resolve(dataDir);
    }

    public LocalDatabase open() {
        return dbUrl != null ? LocalDatabase.external(dbUrl, dbUser, dbPassword) : LocalDatabase.open(dataDirectory());
    }
}
