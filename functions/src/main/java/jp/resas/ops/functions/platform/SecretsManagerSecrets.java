package jp.resas.ops.functions.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Optional;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * The secret RDS generates for Aurora ({@code username}, {@code password}, {@code host}, {@code port},
 * {@code dbname}), and any other secret's text (the e-Stat appId). The client is built the SDK's default
 * way, so {@code AWS_ENDPOINT_URL} and {@code AWS_ENDPOINT_URL_SECRETS_MANAGER} (LocalStack) are honoured.
 */
public final class SecretsManagerSecrets implements DatabaseSecrets, SecretStrings {

    private final SecretsManagerClient client;

    public SecretsManagerSecrets() {
        this(SecretsManagerClient.create());
    }

    public SecretsManagerSecrets(SecretsManagerClient client) {
        this.client = client;
    }

    @Override
    public String read(String secretArn) {
        return client.getSecretValue(request -> request.secretId(secretArn)).secretString();
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
        return new DatabaseSettings("jdbc:postgresql://" + host + ":" + port + "/" + database + "?sslmode=require",
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
