package jp.resas.ops.functions.platform;

import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.ApplicationContextBuilder;
import io.micronaut.context.env.EnvironmentPropertySource;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.env.PropertySourcePropertyResolver;
import io.micronaut.core.value.PropertyResolver;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import jp.resas.ops.platform.aws.AwsSettings;
import org.crac.Core;

/**
 * Builds a function's context from its environment. The environment is read once, by Micronaut's environment
 * property source ({@code RESAS_DB_URL} is the property {@code resas.db.url}); the capabilities' settings
 * records ({@code @ConfigurationProperties}) read their {@code RESAS_…} variables the same way. The database
 * comes either as a Secrets Manager secret (in AWS: {@code RESAS_DB_SECRET_ARN}, the host overridden by the
 * cluster's writer endpoint in {@code RESAS_DB_HOST}) or as a plain URL ({@code RESAS_DB_URL}, one machine,
 * benchmarks, tests). Tokens are checked against Cognito's JWKS ({@code RESAS_JWT_JWKS_URL}) or a local
 * secret ({@code RESAS_JWT_SECRET}). The e-Stat appId and the chat webhook come from the secrets named by
 * {@code RESAS_ESTAT_SECRET_ARN} / {@code RESAS_CHAT_WEBHOOK_SECRET_ARN}, read at use through Powertools
 * parameters ({@link SecretEstatAppId}, {@link PowertoolsSecrets}). Functions never migrate: the schema
 * belongs to {@code db-migrate}. Each function starts only its kind of beans ({@link FunctionBeans}).
 * Pooled connections are closed before a SnapStart snapshot and the password re-read after a restore
 * ({@link DatabaseCheckpoint}).
 */
public final class LambdaPlatform {

    /** The function's name, set by Lambda ({@code AWS_LAMBDA_FUNCTION_NAME}); absent outside Lambda. */
    public static final String FUNCTION_NAME_PROPERTY = "aws.lambda.function-name";
    /** JDBC connections per instance. */
    static final String POOL_SIZE = "RESAS_DB_POOL_SIZE";
    /** How long a request waits for a connection, in milliseconds. */
    static final String CONNECTION_TIMEOUT = "RESAS_DB_CONNECTION_TIMEOUT_MS";
    /** Where the database pauses: the Retry-After of the API's 503 DATABASE_RESUMING, in seconds. */
    static final String RESUME_RETRY_AFTER = "RESAS_DB_RESUME_RETRY_AFTER_SECONDS";

    /** Whether Micronaut registers every Jackson module on the class path (off: the platform names its own). */
    static final String JACKSON_MODULE_SCAN = "jackson.module-scan";

    /**
     * The settings of {@code application.yml} every function needs (its others are the HTTP server's, security's
     * and the router's: {@link #WEB}): given here because no function's context reads YAML ({@link FunctionBeans}).
     * {@code LambdaPlatformTest} checks they are the file's.
     */
    static final Map<String, Object> COMMON = Map.of(
            "micronaut.application.name", "resas-ops",
            "jackson.serialization-inclusion", "always",
            "jackson.serialization.write-dates-as-timestamps", false,
            "jackson.serialization.eager-serializer-fetch", false,
            "jackson.deserialization.eager-deserializer-fetch", false,
            "datasources.default.driver-class-name", "org.postgresql.Driver",
            "datasources.default.db-type", "postgres",
            "datasources.default.dialect", "POSTGRES",
            "endpoints.all.enabled", false);

    /**
     * The rest of {@code application.yml}: the HTTP server's, security's and the router's settings, given to the API
     * so that no function's context reads YAML (SnakeYAML and Micronaut's loader: ~170 classes and a parse at every
     * cold start). {@code LambdaPlatformTest} checks that this and {@link #COMMON} are the whole file.
     */
    static final Map<String, Object> WEB = Map.ofEntries(
            Map.entry("micronaut.server.thread-selection", "AUTO"),
            Map.entry("micronaut.server.multipart.max-file-size", "10MB"),
            Map.entry("micronaut.security.authentication", "bearer"),
            Map.entry("micronaut.security.reject-not-found", false),
            Map.entry("micronaut.security.token.roles-name", "cognito:groups"),
            Map.entry("micronaut.security.token.name-key", "username"),
            Map.entry("micronaut.security.intercept-url-map", List.of(
                    Map.of("pattern", "/portal/static/**", "http-method", "GET", "access", List.of("isAnonymous()")),
                    Map.of("pattern", "/webjars/**", "http-method", "GET", "access", List.of("isAnonymous()")))),
            Map.entry("micronaut.router.static-resources.portal.paths", "classpath:portal-static"),
            Map.entry("micronaut.router.static-resources.portal.mapping", "/portal/static/**"),
            Map.entry("micronaut.router.static-resources.webjars.paths", "classpath:META-INF/resources/webjars"),
            Map.entry("micronaut.router.static-resources.webjars.mapping", "/webjars/**"));

    /** The Secrets Manager secret the satisfaction-rating links are signed with. */
    static final String RATING_SECRET_ARN = "RESAS_RATING_SECRET_ARN";

    private static final List<DatabaseCheckpoint> CHECKPOINTS = new CopyOnWriteArrayList<>();

    private LambdaPlatform() {
    }

    /** The context of an event function created by the Lambda runtime (no-argument constructor). */
    public static ApplicationContext start() {
        return start(FunctionBeans.EVENTS);
    }

    /** The context of a function of {@code beans}' kind, from the process environment. */
    public static ApplicationContext start(FunctionBeans beans) {
        // The Lambda runtime's JVM runs this one function: its JVM-wide service lists can be the function's.
        beans.prepareJvm(LambdaPlatform.class.getClassLoader());
        PropertySource environment = new EnvironmentPropertySource();
        AwsSettings aws = SecretsManagerSecrets.aws(new PropertySourcePropertyResolver(environment));
        LazySecrets secrets = new LazySecrets(() -> new SecretsManagerSecrets(aws));
        return start(environment, beans, secrets, secrets);
    }

    /** For environments that hold no secret but the database's (tests, one machine): {@code env} is the environment. */
    public static ApplicationContext start(Map<String, String> env, DatabaseSecrets secrets) {
        return start(env, FunctionBeans.EVENTS, secrets);
    }

    public static ApplicationContext start(Map<String, String> env, FunctionBeans beans, DatabaseSecrets secrets) {
        return start(environment(env), beans, secrets, SecretStrings.NONE);
    }

    public static ApplicationContext start(Map<String, String> env, DatabaseSecrets database, SecretStrings secrets) {
        return start(environment(env), FunctionBeans.EVENTS, database, secrets);
    }

    /** Variables as the process environment gives them, read with Micronaut's environment-variable convention. */
    static PropertySource environment(Map<String, String> env) {
        return PropertySource.of(EnvironmentPropertySource.NAME, new HashMap<>(env),
                PropertySource.PropertyConvention.ENVIRONMENT_VARIABLE);
    }

    private static ApplicationContext start(PropertySource environment, FunctionBeans beans, DatabaseSecrets database,
            SecretStrings secrets) {
        PropertyResolver env = new PropertySourcePropertyResolver(environment);
        ApplicationContextBuilder builder = ApplicationContext.builder()
                .deduceEnvironment(false)
                .classLoader(beans.classLoader(LambdaPlatform.class.getClassLoader()))
                .environmentPropertySource(false)
                .propertySources(environment)
                .properties(beans == FunctionBeans.API ? web(properties(env, database)) : properties(env, database))
                // Jackson's modules by name rather than by scanning the class path (see JACKSON_MODULE_SCAN).
                .singletons(new Jdk8Module(), new JavaTimeModule());
        // Read at use, cached for minutes by Powertools: never during initialisation, so never in a SnapStart snapshot.
        setting(env, "RESAS_ESTAT_SECRET_ARN").ifPresent(arn -> builder.singletons(new SecretEstatAppId(secrets, arn)));
        // The chat webhook's URL is a credential: a secret, read at use like the appId.
        setting(env, "RESAS_CHAT_WEBHOOK_SECRET_ARN").ifPresent(arn ->
                builder.singletons(new SecretChatWebhookUrl(secrets, arn, java.time.Clock.systemUTC())));
        // The rating links' signing secret (issue 19): read when a link is made or checked, like the appId.
        setting(env, RATING_SECRET_ARN).ifPresent(arn -> builder.singletons(new SecretRatingLinkSecret(secrets, arn)));
        ApplicationContext context = builder.start();
        DatabaseCheckpoint checkpoint = new DatabaseCheckpoint(context.getBeansOfType(DataSource.class),
                () -> setting(env, "RESAS_DB_URL").isPresent() ? Optional.empty() : Optional.of(database(env, database)));
        // CRaC keeps resources weakly: the list keeps this one as long as the function lives.
        CHECKPOINTS.add(checkpoint);
        Core.getGlobalContext().register(checkpoint);
        return context;
    }

    private static Map<String, Object> web(Map<String, Object> properties) {
        Map<String, Object> api = new HashMap<>(WEB);
        api.putAll(properties);
        return api;
    }

    /** The settings derived from {@code env} (a map of environment variables), for tests. */
    static Map<String, Object> properties(Map<String, String> env, DatabaseSecrets secrets) {
        return properties(new PropertySourcePropertyResolver(environment(env)), secrets);
    }

    static Map<String, Object> properties(PropertyResolver env, DatabaseSecrets secrets) {
        Map<String, Object> properties = new HashMap<>();
        properties.putAll(database(env, secrets).properties());
        // The schema belongs to the migration function (db-migrate, run by a CDK trigger before the
        // application stacks); functions connect as the application role and never migrate.
        properties.put("flyway.datasources.default.enabled", false);
        // The JSON modules the platform uses, registered by name: a scan would also register every
        // other module an asset's libraries bring (Joda's: ~130 classes loaded at a cold start, for no use).
        properties.put(JACKSON_MODULE_SCAN, false);
        // An event function does not read application.yml (FunctionBeans): its settings that are not the web's.
        properties.putAll(COMMON);
        // One Lambda instance serves one request at a time. There is no proxy: the pool size times the
        // function's reserved concurrency is its share of Aurora's connections (RESAS_DB_POOL_SIZE, set by
        // the CDK app). No idle connections are kept, so a SnapStart snapshot holds none that restore would
        // break, and nothing keeps a paused database awake.
        properties.put("datasources.default.maximum-pool-size", positive(env, POOL_SIZE, 2));
        properties.put("datasources.default.minimum-idle", 0);
        // The pool starts without connecting (Hikari's fail-fast check would open one at start): a function connects
        // on its first query, so a start loads no driver and waits for no database (the API's /health needs none;
        // a paused Aurora resumes on the first query instead).
        properties.put("datasources.default.initialization-fail-timeout", -1);
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
        setting(env, "RESAS_JWT_SECRET").ifPresent(secret ->
                properties.putAll(jp.resas.ops.platform.security.LocalSecurity.properties(secret)));
        return properties;
    }

    private static DatabaseSettings database(PropertyResolver env, DatabaseSecrets secrets) {
        Optional<String> url = setting(env, "RESAS_DB_URL");
        if (url.isPresent()) {
            return new DatabaseSettings(url.get(), setting(env, "RESAS_DB_USER").orElse("postgres"),
                    setting(env, "RESAS_DB_PASSWORD").orElse(""));
        }
        String arn = setting(env, "RESAS_DB_SECRET_ARN").orElseThrow(() -> new IllegalStateException(
                "no database configured: set RESAS_DB_SECRET_ARN (AWS) or RESAS_DB_URL (one machine)"));
        return secrets.read(arn, setting(env, "RESAS_DB_HOST"), setting(env, "RESAS_DB_NAME"));
    }

    private static int positive(PropertyResolver env, String name, int fallback) {
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

    /** The variable {@code name} ({@code RESAS_X_Y}) as the property Micronaut makes of it ({@code resas.x.y}). */
    static Optional<String> setting(PropertyResolver env, String name) {
        return env.get(name.toLowerCase(Locale.ROOT).replace('_', '.'), String.class).filter(value -> !value.isBlank());
    }
}
