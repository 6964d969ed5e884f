package jp.resas.ops.platform.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Checks a token signed with a data directory's secret as the local API does (signature, then
 * {@link AccessTokenPolicy}), for commands that act on one machine without the API, e.g. a pipeline
 * approval from the CLI.
 */
public final class LocalTokenVerifier {

    /** The user a valid token names, and the groups it carries. */
    public record Bearer(String user, List<String> groups) {

        public Bearer {
            groups = List.copyOf(groups);
        }
    }

    /** Refused: the message says why (English, for the CLI). */
    public static final class InvalidTokenException extends RuntimeException {
        public InvalidTokenException(String message) {
            super(message);
        }
    }

    private final byte[] secret;
    private final Clock clock;

    public LocalTokenVerifier(String secret, Clock clock) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    public Bearer verify(String token) {
        if (token == null || token.isBlank()) {
            throw new InvalidTokenException("no token given");
        }
        JWTClaimsSet claims;
        try {
            SignedJWT jwt = SignedJWT.parse(token.strip());
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new MACVerifier(secret))) {
                throw new InvalidTokenException("the token is not signed with this data directory's secret");
            }
            claims = jwt.getJWTClaimsSet();
        } catch (ParseException | JOSEException e) {
            throw new InvalidTokenException("the token cannot be read: " + e.getMessage());
        }
        Optional<String> refusal = AccessTokenPolicy.refusal(claims::getClaim, LocalJwtIssuer.ISSUER, clock.instant());
        if (refusal.isPresent()) {
            throw new InvalidTokenException(refusal.get());
        }
        Object groups = claims.getClaim("cognito:groups");
        List<String> names = groups instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
        return new Bearer(claims.getClaim("username").toString(), names);
    }
}
