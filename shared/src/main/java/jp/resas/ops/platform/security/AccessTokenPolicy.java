package jp.resas.ops.platform.security;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a bearer token must say to be accepted, as API Gateway's Cognito authorizer checks an access
 * token: an expiry in the future, not-before (if any) passed, the expected issuer, {@code token_use}
 * {@code access} (an ID token is refused) and a non-empty subject and user name. The one place both the
 * API ({@link AccessTokenClaimsValidator}) and the CLI ({@link LocalTokenVerifier}) apply.
 */
public final class AccessTokenPolicy {

    private AccessTokenPolicy() {
    }

    /** Why the claims are refused (English, for logs and the CLI), or empty when they are accepted. */
    public static Optional<String> refusal(Function<String, Object> claim, String issuer, Instant now) {
        Instant expiry = instant(claim.apply("exp"));
        if (expiry == null) {
            return Optional.of("the token has no expiry (exp)");
        }
        if (!expiry.isAfter(now)) {
            return Optional.of("the token expired at " + expiry);
        }
        Instant notBefore = instant(claim.apply("nbf"));
        if (notBefore != null && notBefore.isAfter(now)) {
            return Optional.of("the token is not valid before " + notBefore);
        }
        if (issuer == null || !issuer.equals(text(claim.apply("iss")))) {
            return Optional.of("the token's issuer (iss) is not " + issuer);
        }
        if (!"access".equals(text(claim.apply("token_use")))) {
            return Optional.of("the token is not an access token (token_use must be access)");
        }
        if (text(claim.apply("sub")).isBlank() || text(claim.apply("username")).isBlank()) {
            return Optional.of("the token names no user (sub and username must not be empty)");
        }
        return Optional.empty();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static Instant instant(Object value) {
        if (value instanceof Date date) {
            return date.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof Number seconds) {
            return Instant.ofEpochSecond(seconds.longValue());
        }
        return null;
    }
}
