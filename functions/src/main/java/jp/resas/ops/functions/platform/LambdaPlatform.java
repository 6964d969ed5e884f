package jp.resas.ops.functions.platform;

import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the platform's context from a function's environment. The database comes either as a
 * Secrets Manager secret (in AWS: {@code RESAS_DB_SECRET_ARN}, the host overridden by the RDS Proxy
 * endpoint in {@code RESAS_DB_HOST}) or as a plain URL ({@code RESAS_DB_URL}, used on one machine).
 * Tokens are checked against Cognito's JWKS ({@code RESAS_JWT_JWKS_URL}) or a local secret. The e-Stat
 * appId comes from the secret in {@code RESAS_ESTAT_SECRET_ARN}, when set (see {@link EstatSecret}).
 */
public final class LambdaPlatform {

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
        return ApplicationContext.builder()
                .deduceEnvironment(false)
                .properties(properties(env, database, secrets))
                .start();
    }

    static Map<String, Object> properties(Map<String, String> env, DatabaseSecrets secrets, SecretStrings strings) {
        Map<String, Object> properties = new HashMap<>();
        properties.putAll(database(env, secrets).properties());
        // One Lambda instance serves one request at a time; the RDS Proxy pools across instances.
        // No idle connections are kept, so a SnapStart snapshot holds none that restore would break.
        properties.put("datasources.default.maximum-pool-size", 2);
        properties.put("datasources.default.minimum-idle", 0);
        setting(env, "RESAS_JWT_JWKS_URL").ifPresent(url -> {
            properties.put("micronaut.security.token.jwt.signatures.jwks.cognito.url", url);
            // Cognito's issuer is the user pool URL the JWKS sits under; tokens naming another are refused.
            properties.put("resas.security.issuer", url.replaceFirst("/\\.well-known/jwks\\.json$", ""));
        });
        setting(env, "RESAS_JWT_SECRET").ifPresent(secret ->
                properties.putAll(jp.resas.ops.platform.security.LocalSecurity.properties(secret)));
        setting(env, "RESAS_ESTAT_SECRET_ARN").ifPresent(arn ->
                properties.put(EstatSecret.PROPERTY, EstatSecret.appId(strings.read(arn), arn)));
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

    private static Optional<String> setting(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).filter(value -> !value.isBlank());
    }
}
