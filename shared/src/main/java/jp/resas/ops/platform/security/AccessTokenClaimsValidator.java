package jp.resas.ops.platform.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.validator.GenericJwtClaimsValidator;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies {@link AccessTokenPolicy} to every bearer token the API receives; a refused token is a 401.
 * The issuer is {@code resas.security.issuer} ({@link SecuritySettings}) (the Cognito user pool's, or {@value LocalJwtIssuer#ISSUER}
 * on one machine); with none configured every token is refused.
 */
@Singleton
final class AccessTokenClaimsValidator<T> implements GenericJwtClaimsValidator<T> {

    private static final Logger LOG = LoggerFactory.getLogger(AccessTokenClaimsValidator.class);

    private final String issuer;
    private final Clock clock;

    AccessTokenClaimsValidator(SecuritySettings settings) {
        this.issuer = settings.expectedIssuer().orElse(null);
        this.clock = Clock.systemUTC();
    }

    @Override
    public boolean validate(Claims claims, @Nullable T request) {
        Optional<String> refusal = AccessTokenPolicy.refusal(claims::get, issuer, clock.instant());
        refusal.ifPresent(reason -> LOG.debug("bearer token refused: {}", reason));
        return refusal.isEmpty();
    }
}
