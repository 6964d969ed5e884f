package jp.resas.ops.platform.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import jp.resas.ops.platform.settings.Setting;

/**
 * The local signing secret ({@value #SECRET}; {@link LocalSecurity#properties} sets it on one machine and in
 * tests, nothing sets it in AWS), checked at start: HS256 needs at least 32 bytes. It signs the local sessions, the
 * one-time login links and, when nothing else supplies one, the rating links' key ({@link RatingLinkSecrets}).
 */
@Context
@ConfigurationProperties("micronaut.security.token.jwt.signatures.secret.local")
public record LocalSigningSettings(@Nullable String secret) {

    /** The property; where it is set the local login (and no Cognito) is in use. */
    public static final String SECRET = "micronaut.security.token.jwt.signatures.secret.local.secret";
    static final int MIN_BYTES = 32;

    public LocalSigningSettings {
        secret = Setting.text(secret);
        if (secret != null && secret.getBytes(StandardCharsets.UTF_8).length < MIN_BYTES) {
            throw Setting.invalid(SECRET, "HS256 needs a secret of at least " + MIN_BYTES + " bytes, was "
                    + secret.getBytes(StandardCharsets.UTF_8).length);
        }
    }

    public Optional<String> value() {
        return Optional.ofNullable(secret);
    }

    /** The secret, which {@code what} cannot work without. */
    public String required(String what) {
        return Setting.required(SECRET, secret, what);
    }
}
