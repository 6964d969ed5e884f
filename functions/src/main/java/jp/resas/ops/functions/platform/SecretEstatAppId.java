package jp.resas.ops.functions.platform;

import java.util.Optional;
import jp.resas.ops.pipeline.infrastructure.EstatAppId;

/**
 * The e-Stat appId read from its secret when a collection needs it, never during initialisation (so a
 * SnapStart snapshot holds no copy); the secret reader's cache ({@link PowertoolsSecrets}) decides how
 * long a value is reused.
 */
final class SecretEstatAppId implements EstatAppId {

    private final SecretStrings secrets;
    private final String secretArn;

    SecretEstatAppId(SecretStrings secrets, String secretArn) {
        this.secrets = secrets;
        this.secretArn = secretArn;
    }

    @Override
    public Optional<String> current() {
        return Optional.of(EstatSecret.appId(secrets.read(secretArn), secretArn));
    }
}
