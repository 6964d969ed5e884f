package jp.resas.ops.platform.security;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/**
 * Where the rating links' secret comes from when nothing else supplied one: the local signing secret
 * (one machine, tests; {@link LocalSigningSettings}). In AWS the function platform registers a
 * {@link RatingLinkSecret} reading the Secrets Manager secret named by {@code RESAS_RATING_SECRET_ARN}; with
 * neither, no rating link is offered.
 */
@Factory
class RatingLinkSecrets {

    @Singleton
    @Requires(property = LocalSigningSettings.SECRET)
    @Requires(missingBeans = RatingLinkSecret.class)
    RatingLinkSecret localSecret(LocalSigningSettings settings) {
        String secret = settings.required("the rating links' local key");
        return () -> secret;
    }
}
