package jp.resas.ops.functions.migration;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.env.EnvironmentPropertySource;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.PropertySourcePropertyResolver;
import io.micronaut.core.value.PropertyResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.functions.platform.DatabaseSecrets;
import jp.resas.ops.functions.platform.DatabaseSettings;
import jp.resas.ops.functions.platform.SecretsManagerSecrets;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code db-migrate}: the one place the schema changes in AWS. A CDK trigger runs it while the data stack
 * deploys, so the application stacks (which depend on that stack) only deploy onto a migrated schema, and
 * it runs again whenever the code (and so the migration files) changes. It migrates as the owner (the
 * cluster's master user, {@code RESAS_DB_OWNER_SECRET_ARN}), then gives the application role of
 * {@code RESAS_DB_SECRET_ARN} ({@code resas_app}, created by V40 with data rights only) LOGIN and the
 * password of its secret. The application functions start with Flyway disabled.
 */
public final class MigrationHandler implements RequestStreamHandler {

    static final String OWNER_SECRET_ENV = "RESAS_DB_OWNER_SECRET_ARN";
    static final String APP_SECRET_ENV = "RESAS_DB_SECRET_ARN";
    private static final Logger LOG = LoggerFactory.getLogger(MigrationHandler.class);

    private final PropertyResolver env;
    private final DatabaseSecrets secrets;

    /** The process environment, read by Micronaut's environment property source. */
    public MigrationHandler() {
        this(new PropertySourcePropertyResolver(new EnvironmentPropertySource()));
    }

    private MigrationHandler(PropertyResolver env) {
        this(env, new SecretsManagerSecrets(SecretsManagerSecrets.aws(env)));
    }

    /** {@code env}: the environment variables (tests). */
    MigrationHandler(Map<String, String> env, DatabaseSecrets secrets) {
        this(new PropertySourcePropertyResolver(PropertySource.of(EnvironmentPropertySource.NAME, new HashMap<>(env),
                PropertySource.PropertyConvention.ENVIRONMENT_VARIABLE)), secrets);
    }

    private MigrationHandler(PropertyResolver env, DatabaseSecrets secrets) {
        this.env = env;
        this.secrets = secrets;
    }

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        DatabaseSettings owner = settings(OWNER_SECRET_ENV);
        DatabaseSettings application = settings(APP_SECRET_ENV);
        MigrateResult result = Flyway.configure()
                .dataSource(owner.url(), owner.user(), owner.password())
                .locations("classpath:db/migration")
                .load()
                .migrate();
        try (Connection connection = DriverManager.getConnection(owner.url(), owner.user(), owner.password())) {
            allowLogin(connection, application);
        } catch (SQLException e) {
            throw new IllegalStateException("migrated, but could not enable the application role "
                    + application.user() + ": " + e.getMessage(), e);
        }
        LOG.info("schema at version {} ({} migration(s) applied); role {} may log in", result.targetSchemaVersion,
                result.migrationsExecuted, application.user());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("schemaVersion", result.targetSchemaVersion);
        answer.put("migrationsExecuted", result.migrationsExecuted);
        answer.put("applicationRole", application.user());
        output.write(new ObjectMapper().writeValueAsBytes(answer));
    }

    /** ALTER ROLE takes no parameters: the statement is built by PostgreSQL's format() with %I and %L quoting. */
    private static void allowLogin(Connection connection, DatabaseSettings application) throws SQLException {
        String statement;
        try (PreparedStatement format = connection.prepareStatement(
                "SELECT format('ALTER ROLE %I WITH LOGIN PASSWORD %L', ?::text, ?::text)")) {
            format.setString(1, application.user());
            format.setString(2, application.password());
            try (ResultSet row = format.executeQuery()) {
                row.next();
                statement = row.getString(1);
            }
        }
        try (Statement alter = connection.createStatement()) {
            alter.execute(statement);
        }
    }

    private DatabaseSettings settings(String variable) {
        String arn = setting(variable).orElseThrow(() -> new IllegalStateException(variable + " is not set"));
        return secrets.read(arn, setting("RESAS_DB_HOST"), setting("RESAS_DB_NAME"));
    }

    /** {@code RESAS_X_Y} as Micronaut's environment convention names it: {@code resas.x.y}. */
    private Optional<String> setting(String variable) {
        return env.get(variable.toLowerCase(java.util.Locale.ROOT).replace('_', '.'), String.class)
                .filter(value -> !value.isBlank());
    }
}
