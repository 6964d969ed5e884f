package jp.resas.ops.functions.platform;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.crac.Core;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the platform's context from a function's environment. The database comes either as a
 * Secrets Manager secret (in AWS: {@code RESAS_DB_SECRET_ARN}, the host overridden by the cluster's
 * writer endpoint in {@code RESAS_DB_HOST}) or as a plain URL ({@code RESAS_DB_URL}, used on one machine).
 * Tokens are checked against Cognito's JWKS ({@code RESAS_JWT_JWKS_URL}) or a local secret. The e-Stat
 * appId comes from the secret in {@code RESAS_ESTAT_SECRET_ARN}, when set, read at use through Powertools parameters ({@link SecretEstatAppId}, {@link PowertoolsSecrets}).
 * Pooled connections are closed before a SnapStart snapshot and the password re-read after a restore
 * ({@link DatabaseCheckpoint}).
 */
public final class LambdaPlatform {

    /** Set (to the function's name) when running in Lambda: from Lambda's own {@code AWS_LAMBDA_FUNCTION_NAME}. */
    public static final String FUNCTION_NAME_PROPERTY = "resas.lambda.function-name";
    /** JDBC connections per instance. */
    static final String POOL_SIZE = "RESAS_DB_POOL_SIZE";
    /** How long a request waits for a connection, in milliseconds. */
    static final String CONNECTION_TIMEOUT = "RESAS_DB_CONNECTION_TIMEOUT_MS";
    /** Where the database pauses: the Retry-After of the API's 503 DATABASE_RESUMING, in seconds. */
    static final String RESUME_RETRY_AFTER = "RESAS_DB_RESUME_RETRY_AFTER_SECONDS";

    private static final List<DatabaseCheckpoint> CHECKPOINTS = new CopyOnWriteArrayList<>();

    private LambdaPlatform() {
    }

    /** The context for a handler created by the Lambda runtime (no-argument constructor). */
    public static ApplicationContext start() {
        SecretsManagerSecrets secrets = new SecretsManagerSecrets();
        return start(System.getenv(), secrets, secrets);
    }

    /** For environments that hold no secret but the database's (tests, one machine). */
    public static ApplicationContext start(Map<String, String> env, DatabaseSecrets secrets) {
        return start(env, secrets, SecretStrings.NONE);
    }

    public static ApplicationContext start(Map<String, String> env, DatabaseSecrets database, SecretStrings secrets) {
        ApplicationContextBuilder builder = ApplicationContext.builder()
                .deduceEnvironment(false)
                .properties(properties(env, database));
        // Read at use, cached for minutes by Powertools: never during initialisation, so never in a SnapStart snapshot.
        setting(env, "RESAS_ESTAT_SECRET_ARN").ifPresent(arn -> builder.singletons(new SecretEstatAppId(secrets, arn)));
        // The chat webhook's URL is a credential: a secret, read at use like the appId.
        setting(env, "RESAS_CHAT_WEBHOOK_SECRET_ARN").ifPresent(arn ->
                builder.singletons(new SecretChatWebhookUrl(secrets, arn, java.time.Clock.systemUTC())));
        ApplicationContext context = builder.start();
        DatabaseCheckpoint checkpoint = new DatabaseCheckpoint(context.getBeansOfType(DataSource.class),
                () -> setting(env, "RESAS_DB_URL").isPresent() ? Optional.empty() : Optional.of(database(env, database)));
        // CRaC keeps resources weakly: the list keeps this one as long as the function lives.
        CHECKPOINTS.add(checkpoint);
        Core.getGlobalContext().register(checkpoint);
        return context;
    }

    static Map<String, Object> properties(Map<String, String> env, DatabaseSecrets secrets) {
        Map<String, Object> properties = new HashMap<>();
        properties.putAll(database(env, secrets).properties());
        // In AWS (credentials from a secret) the schema belongs to the migration function (db-migrate, run
        // by a CDK trigger before the application stacks); functions connect as the application role and
        // never migrate. On one machine (RESAS_DB_URL) the platform migrates its own database at start.
        if (setting(env, "RESAS_DB_URL").isEmpty()) {
            properties.put("flyway.datasources.default.enabled", false);
        }
        // One Lambda instance serves one request at a time. There is no proxy: the pool size times the
        // function's reserved concurrency is its share of Aurora's connections (RESAS_DB_POOL_SIZE, set by
        // the CDK app). No idle connections are kept, so a SnapStart snapshot holds none that restore would
        // break, and nothing keeps a paused database awake.
        properties.put("datasources.default.maximum-pool-size", positive(env, POOL_SIZE, 2));
        properties.put("datasources.default.minimum-idle", 0);
        // Aurora at 0 ACU resumes on the first connection (~15 s): the API gives up sooner and answers 503
        // DATABASE_RESUMING with Retry-After; the other functions wait (Hikari's default 30 s) or are retried.
        setting(env, CONNECTION_TIMEOUT).ifPresent(ms ->
                properties.put("datasources.default.connection-timeout", positive(env, CONNECTION_TIMEOUT, 30_000)));
        setting(env, RESUME_RETRY_AFTER).ifPresent(seconds ->
                properties.put("resas.database.resume-retry-after-seconds", positive(env, RESUME_RETRY_AFTER, 15)));
        setting(env, "RESAS_JWT_JWKS_URL").ifPresent(url -> {
            properties.put("micronaut.security.token.jwt.signatures.jwks.cognito.url", url);
            // Cognito's issuer is the user pool URL the JWKS sits under; tokens naming another are refused.
            properties.put("resas.security.issuer", url.replaceFirst("/\\.well-known/jwks\\.json$", ""));
        });
        // Notifications: the SNS topic and the base of the links (read here, not left to Micronaut's own
        // environment mapping, so the map a test passes counts the same).
        setting(env, "RESAS_NOTIFICATIONS_SNS_TOPIC_ARN").ifPresent(arn ->
                properties.put("resas.notifications.sns.topic-arn", arn));
        setting(env, "RESAS_PORTAL_BASE_URL").ifPresent(url -> properties.put("resas.portal.base-url", url));
        // The notification sweep: the intake's asynchronous invoke, and the sweep's own one-time wake-ups.
        Map.of("RESAS_NOTIFICATIONS_SWEEP_FUNCTION", "resas.notifications.sweep.function",
                "RESAS_NOTIFICATIONS_SWEEP_SCHEDULE_GROUP", "resas.notifications.sweep.schedule-group",
                "RESAS_NOTIFICATIONS_SWEEP_TARGET_ARN", "resas.notifications.sweep.target-arn",
                "RESAS_NOTIFICATIONS_SWEEP_ROLE_ARN", "resas.notifications.sweep.role-arn")
                .forEach((variable, property) -> setting(env, variable).ifPresent(value -> properties.put(property, value)));
        setting(env, "RESAS_SLA_ALERT_TOPIC_ARN").ifPresent(arn -> properties.put("resas.sla.alert-topic-arn", arn));
        setting(env, "AWS_LAMBDA_FUNCTION_NAME").ifPresent(name -> properties.put(FUNCTION_NAME_PROPERTY, name));
        setting(env, "RESAS_JWT_SECRET").ifPresent(secret ->
                properties.putAll(jp.resas.ops.platform.security.LocalSecurity.properties(secret)));
        return properties;
    }

    private static DatabaseSettings database(Map<String, String> env, DatabaseSecrets secrets) {
        Optional<String> url = setting(env, "RESAS_DB_URL");
        if (url.isPresent()) {
            return new DatabaseSettings(url.get(), setting(env, "RESAS_DB_USER").orElse("postgres"),
                    setting(env, "RESAS_DB_PASSWORD").orElse(""));
        }
        String arn = setting(env, "RESAS_DB_SECRET_ARN").orElseThrow(() -> new IllegalStateException(
                "no database configured: set RESAS_DB_SECRET_ARN (AWS) or RESAS_DB_URL (one machine)"));
        return secrets.read(arn, setting(env, "RESAS_DB_HOST"), setting(env, "RESAS_DB_NAME"));
    }

    private static int positive(Map<String, String> env, String name, int fallback) {
        Optional<String> value = setting(env, name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.get().strip());
            if (number > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, with the variable's name
        }
        throw new IllegalStateException(name + " must be a positive integer, was '" + value.get() + "'");
    }

    private static Optional<String> setting(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).filter(value -> !value.isBlank());
    }
}
