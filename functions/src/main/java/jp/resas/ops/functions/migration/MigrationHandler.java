package jp.resas.ops.functions.migration;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
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
import jp.resas.ops.functions.platform.LambdaPlatform;
import jp.resas.ops.functions.platform.SecretsManagerSecrets;
import jp.resas.ops.ticket.BackfillingDueTimes;
import jp.resas.ops.ticket.infrastructure.DueTimeBackfill;
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
 * password of its secret. The application functions start with Flyway disabled. Last, as that role, it stores
 * the SLA due times of open items that have none (rows from before V79; {@code resas-ops migrate
 * backfill-due-times} on one machine): batches of {@value #BACKFILL_BATCH}, each committed on its own, while more
 * than {@value #BACKFILL_MARGIN_MS} ms of the invocation remain; what is left is done by the next run (the
 * answer says whether it finished). Once every row has its due times a run costs one empty query.
 */
public final class MigrationHandler implements RequestStreamHandler {

    static final String OWNER_SECRET_ENV = "RESAS_DB_OWNER_SECRET_ARN";
    static final String APP_SECRET_ENV = "RESAS_DB_SECRET_ARN";
    private static final Logger LOG = LoggerFactory.getLogger(MigrationHandler.class);
    /** Items per backfill transaction. */
    static final int BACKFILL_BATCH = 1000;
    /** The backfill starts no batch with less than this left of the invocation. */
    static final int BACKFILL_MARGIN_MS = 60_000;

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
        BackfillingDueTimes.Outcome backfill = backfillDueTimes(application, context);
        LOG.info("due times stored for {} open item(s) in {} batch(es); {}", backfill.items(), backfill.batches(),
                backfill.finished() ? "none is missing" : "the next run carries on");
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("schemaVersion", result.targetSchemaVersion);
        answer.put("migrationsExecuted", result.migrationsExecuted);
        answer.put("applicationRole", application.user());
        answer.put("dueTimesBackfilled", backfill.items());
        answer.put("dueTimesComplete", backfill.finished());
        output.write(new ObjectMapper().writeValueAsBytes(answer));
    }

    /** The due-time backfill as the application role, on an events context over a plain URL (no secret read again). */
    private static BackfillingDueTimes.Outcome backfillDueTimes(DatabaseSettings application, Context lambda) {
        Map<String, String> env = Map.of("RESAS_DB_URL", application.url(), "RESAS_DB_USER", application.user(),
                "RESAS_DB_PASSWORD", application.password(), "RESAS_DB_POOL_SIZE", "1");
        DatabaseSecrets none = (arn, host, db) -> {
            throw new IllegalStateException("the application role's database is given by URL");
        };
        try (ApplicationContext platform = LambdaPlatform.start(env, none)) {
            DueTimeBackfill backfill = platform.getBean(DueTimeBackfill.class);
            int batches = 0;
            long items = 0;
            while (lambda.getRemainingTimeInMillis() > BACKFILL_MARGIN_MS) {
                BackfillingDueTimes.Outcome one = backfill.run(BACKFILL_BATCH, 1, done -> { });
                batches += one.batches();
                items += one.items();
                if (one.finished()) {
                    return new BackfillingDueTimes.Outcome(batches, items, true);
                }
            }
            return new BackfillingDueTimes.Outcome(batches, items, false);
        }
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
