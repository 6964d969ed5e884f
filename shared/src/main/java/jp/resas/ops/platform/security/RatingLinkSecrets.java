package jp.resas.ops.platform.security;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * Where the rating links' secret comes from when nothing else supplied one: the local signing secret
 * (one machine, tests). In AWS the function platform registers a {@link RatingLinkSecret} reading the
 * Secrets Manager secret named by {@code RESAS_RATING_SECRET_ARN}; with neither, no rating link is offered.
 */
@Factory
class RatingLinkSecrets {

    static final String LOCAL_SECRET = "micronaut.security.token.jwt.signatures.secret.local.secret";

    @Singleton
    @Requires(property = LOCAL_SECRET)
    @Requires(missingBeans = RatingLinkSecret.class)
    RatingLinkSecret localSecret(@Value("${" + LOCAL_SECRET + "}") String secret) {
        return () -> secret;
    }
}
