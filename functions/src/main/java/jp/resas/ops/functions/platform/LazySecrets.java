package jp.resas.ops.functions.platform;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Secrets Manager built on first use only: a function whose database is given by URL, and that is told about
 * no secret, never loads the AWS SDK at start.
 */
final class LazySecrets implements DatabaseSecrets, SecretStrings {

    private final Supplier<SecretsManagerSecrets> factory;
    private SecretsManagerSecrets secrets;

    LazySecrets(Supplier<SecretsManagerSecrets> factory) {
        this.factory = factory;
    }

    private synchronized SecretsManagerSecrets secrets() {
        if (secrets == null) {
            secrets = factory.get();
        }
        return secrets;
    }

    @Override
    public DatabaseSettings read(String secretArn, Optional<String> hostOverride, Optional<String> databaseOverride) {
        return secrets().read(secretArn, hostOverride, databaseOverride);
    }

    @Override
    public String read(String secretArn) {
        return secrets().read(secretArn);
    }
}
