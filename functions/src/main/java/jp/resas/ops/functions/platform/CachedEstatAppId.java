package jp.resas.ops.functions.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import jp.resas.ops.pipeline.infrastructure.EstatAppId;

/**
 * The e-Stat appId read from its Secrets Manager secret when a collection needs it, then kept for
 * {@link #TTL}: never during initialisation, so a SnapStart snapshot holds no copy, and a re-issued appId
 * is used within minutes without a redeploy.
 */
final class CachedEstatAppId implements EstatAppId {

    static final Duration TTL = Duration.ofMinutes(5);

    private final SecretStrings secrets;
    private final String secretArn;
    private final Clock clock;
    private String value;
    private Instant readAt;

    CachedEstatAppId(SecretStrings secrets, String secretArn, Clock clock) {
        this.secrets = secrets;
        this.secretArn = secretArn;
        this.clock = clock;
    }

    @Override
    public synchronized Optional<String> current() {
        Instant now = clock.instant();
        if (value == null || !now.isBefore(readAt.plus(TTL))) {
            value = EstatSecret.appId(secrets.read(secretArn), secretArn);
            readAt = now;
        }
        return Optional.of(value);
    }
}
