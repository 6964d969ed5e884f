package jp.resas.ops.functions.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.core.value.PropertyResolver;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import jp.resas.ops.platform.aws.AwsSettings;

/**
 * The secret RDS generates for Aurora ({@code username}, {@code password}, {@code host}, {@code port},
 * {@code dbname}) as a JDBC URL that verifies the server: TLS with {@code sslmode=verify-full} (the
 * certificate must chain to {@code sslrootcert}, the RDS CA bundle, and name the host connected to), and
 * any other secret's text (the e-Stat appId), both read through {@link PowertoolsSecrets} (Secrets
 * Manager, cached {@link PowertoolsSecrets#MAX_AGE}).
 */
public final class SecretsManagerSecrets implements DatabaseSecrets, SecretStrings {

    private final SecretStrings secrets;
    private final Path rootCertificates;

    /** Through the platform's Secrets Manager client for {@code aws} ({@link PowertoolsSecrets#client}). */
    public SecretsManagerSecrets(AwsSettings aws) {
        this(new PowertoolsSecrets(aws), RdsCertificates.bundle());
    }

    /**
     * {@code env}'s {@code RESAS_AWS_REGION} / {@code RESAS_AWS_ENDPOINT_URL} ({@code resas.aws.*}, read as every
     * function reads its variables), unset = the SDK's defaults.
     */
    public static AwsSettings aws(PropertyResolver env) {
        return new AwsSettings(env.get("resas.aws.region", String.class).filter(v -> !v.isBlank()).orElse(null),
                env.get("resas.aws.endpoint-url", String.class).filter(v -> !v.isBlank()).map(URI::create).orElse(null));
    }

    /** @param rootCertificates the PEM file of the certificate authorities the database's certificate must chain to */
    public SecretsManagerSecrets(SecretStrings secrets, Path rootCertificates) {
        this.secrets = secrets;
        this.rootCertificates = rootCertificates;
    }

    @Override
    public String read(String secretArn) {
        return secrets.read(secretArn);
    }

    @Override
    public DatabaseSettings read(String secretArn, Optional<String> hostOverride, Optional<String> databaseOverride) {
        String text = read(secretArn);
        JsonNode secret;
        try {
            secret = new ObjectMapper().readTree(text);
        } catch (IOException e) {
            throw new IllegalStateException("database secret " + secretArn + " is not JSON");
        }
        String host = hostOverride.orElseGet(() -> required(secret, "host", secretArn));
        String port = secret.path("port").asText("5432");
        String database = databaseOverride.orElseGet(() -> secret.path("dbname").asText("resasops"));
        return new DatabaseSettings("jdbc:postgresql://" + host + ":" + port + "/" + database
                + "?sslmode=verify-full&sslrootcert=" + rootCertificates.toAbsolutePath(),
                required(secret, "username", secretArn), required(secret, "password", secretArn));
    }

    private static String required(JsonNode secret, String field, String arn) {
        String value = secret.path(field).asText("");
        if (value.isEmpty()) {
            throw new IllegalStateException("database secret " + arn + " has no '" + field + "'");
        }
        return value;
    }
}
