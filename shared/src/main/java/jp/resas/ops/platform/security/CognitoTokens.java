package jp.resas.ops.platform.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks the tokens Cognito's token endpoint returned after a managed login, before any becomes a session:
 * both RS256-signed by a key of the user pool's JWKS ({@code <issuer>/.well-known/jwks.json}); the ID token
 * for this app client ({@code aud}), {@code token_use} {@code id}, carrying the login's {@code nonce}; the
 * access token issued to this app client ({@code client_id}), {@code token_use} {@code access} and accepted
 * by {@link AccessTokenPolicy} (as every API request is); same subject; neither expired.
 */
public final class CognitoTokens {

    /** A token refused; the message says why (English, for the log; the page says it in Japanese). */
    public static final class RefusedTokenException extends RuntimeException {
        public RefusedTokenException(String message) {
            super(message);
        }
    }

    /** Who logged in: the access token to keep as the session, its user, groups and expiry. */
    public record Login(String accessToken, String user, List<String> groups, Instant expiresAt) {
        public Login {
            groups = List.copyOf(groups);
        }
    }

    private final String issuer;
    private final String clientId;
    private final JWKSource<SecurityContext> keys;
    private final Clock clock;

    public CognitoTokens(String issuer, String clientId, Clock clock) {
        this.issuer = Objects.requireNonNull(issuer, "issuer");
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.clock = clock;
        try {
            // Cached, refreshed when a token names a key id it has not seen (Cognito rotates keys rarely).
            // Nimbus's default timeouts are 500 ms; a cold Lambda in a VPC may need longer to reach Cognito.
            this.keys = JWKSourceBuilder.create(URI.create(issuer + "/.well-known/jwks.json").toURL(),
                    new DefaultResourceRetriever(5_000, 5_000, 512 * 1024)).retrying(true).build();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalArgumentException("the issuer '" + issuer + "' is not a URL", e);
        }
    }

    public Login verify(String idToken, String accessToken, String nonce) {
        JWTClaimsSet id = signed("ID", idToken);
        JWTClaimsSet access = signed("access", accessToken);
        Instant now = clock.instant();
        if (!issuer.equals(id.getIssuer())) {
            throw new RefusedTokenException("the ID token's issuer is not " + issuer);
        }
        if (id.getAudience() == null || !id.getAudience().contains(clientId)) {
            throw new RefusedTokenException("the ID token was issued to another app client: " + id.getAudience());
        }
        if (!"id".equals(text(id.getClaim("token_use")))) {
            throw new RefusedTokenException("the ID token's token_use is not id");
        }
        if (!expiresAfter(id.getExpirationTime(), now)) {
            throw new RefusedTokenException("the ID token has expired");
        }
        if (nonce == null || !nonce.equals(text(id.getClaim("nonce")))) {
            throw new RefusedTokenException("the ID token does not carry this login's nonce");
        }
        if (!clientId.equals(text(access.getClaim("client_id")))) {
            throw new RefusedTokenException("the access token was issued to another app client: "
                    + access.getClaim("client_id"));
        }
        Optional<String> refusal = AccessTokenPolicy.refusal(access::getClaim, issuer, now);
        if (refusal.isPresent()) {
            throw new RefusedTokenException("the access token is refused: " + refusal.get());
        }
        if (!Objects.equals(id.getSubject(), access.getSubject())) {
            throw new RefusedTokenException("the ID and access tokens name different users");
        }
        return login(accessToken, access);
    }

    /**
     * The access token a refresh returned, checked as at login (signed by the pool, this app client's,
     * {@link AccessTokenPolicy}); a refreshed ID token carries no nonce and is not kept, so it is not read.
     */
    public Login refreshed(String accessToken) {
        JWTClaimsSet access = signed("access", accessToken);
        if (!clientId.equals(text(access.getClaim("client_id")))) {
            throw new RefusedTokenException("the refreshed access token was issued to another app client: "
                    + access.getClaim("client_id"));
        }
        Optional<String> refusal = AccessTokenPolicy.refusal(access::getClaim, issuer, clock.instant());
        if (refusal.isPresent()) {
            throw new RefusedTokenException("the refreshed access token is refused: " + refusal.get());
        }
        return login(accessToken, access);
    }

    /**
     * When a session's token expires, read without checking its signature: only to decide whether to refresh
     * it before the request's own check (which verifies it); empty when it is not a JWT with an expiry.
     */
    public static Optional<Instant> expiry(String token) {
        try {
            Date exp = SignedJWT.parse(token).getJWTClaimsSet().getExpirationTime();
            return Optional.ofNullable(exp).map(Date::toInstant);
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    private static Login login(String accessToken, JWTClaimsSet access) {
        Object groups = access.getClaim("cognito:groups");
        List<String> names = groups instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
        return new Login(accessToken, text(access.getClaim("username")), names,
                access.getExpirationTime().toInstant());
    }

    private JWTClaimsSet signed(String which, String token) {
        if (token == null || token.isBlank()) {
            throw new RefusedTokenException("the token endpoint returned no " + which + " token");
        }
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.RS256.equals(jwt.getHeader().getAlgorithm()) || jwt.getHeader().getKeyID() == null) {
                throw new RefusedTokenException("the " + which + " token is not RS256 with a key id");
            }
            List<JWK> found = keys.get(new JWKSelector(new JWKMatcher.Builder().keyType(KeyType.RSA)
                    .keyID(jwt.getHeader().getKeyID()).build()), null);
            if (found.isEmpty()) {
                throw new RefusedTokenException("the " + which + " token's key id is not in the user pool's JWKS");
            }
            if (!jwt.verify(new RSASSAVerifier((RSAKey) found.get(0)))) {
                throw new RefusedTokenException("the " + which + " token's signature does not verify");
            }
            return jwt.getJWTClaimsSet();
        } catch (ParseException | JOSEException e) {
            throw new RefusedTokenException("the " + which + " token cannot be read or its keys fetched: "
                    + e.getMessage());
        }
    }

    private static boolean expiresAfter(Date expiry, Instant now) {
        return expiry != null && expiry.toInstant().isAfter(now);
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
