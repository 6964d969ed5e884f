package jp.resas.ops.platform.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One-time portal login links on one machine ({@code resas-ops login-url}): a short-lived token signed
 * with a key derived from the data directory's secret, so the API never takes a link for an access
 * token. Single use is the server's part (it records each link's id when it opens a session).
 */
public final class LoginLinks {

    public static final Duration VALIDITY = Duration.ofMinutes(5);
    static final String PURPOSE = "portal-login";

    /** What a valid link says: who, with which groups, and the link's id (to use it once). */
    public record Claims(String linkId, String user, List<String> groups) {
    }

    private final byte[] key;
    private final Clock clock;

    public LoginLinks(String secret, Clock clock) {
        this.key = derive(secret);
        this.clock = clock;
    }

    public String issue(String user, List<String> groups) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(LocalJwtIssuer.ISSUER)
                .audience(PURPOSE)
                .jwtID(UUID.randomUUID().toString())
                .subject(user)
                .claim("groups", List.copyOf(groups))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(VALIDITY)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign the login link", e);
        }
        return jwt.serialize();
    }

    /** The link's claims when its signature, purpose and expiry hold; empty otherwise. */
    public Optional<Claims> verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(new MACVerifier(key))) {
                return Optional.empty();
            }
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expiry = claims.getExpirationTime();
            if (expiry == null || !expiry.toInstant().isAfter(clock.instant())
                    || !claims.getAudience().contains(PURPOSE) || claims.getJWTID() == null) {
                return Optional.empty();
            }
            return Optional.of(new Claims(claims.getJWTID(), claims.getSubject(), claims.getStringListClaim("groups")));
        } catch (ParseException | JOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static byte[] derive(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest((PURPOSE + ":" + secret).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
