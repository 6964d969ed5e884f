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
import java.util.Optional;
import java.util.UUID;

/**
 * Satisfaction-rating links (issue 19): the requester of an answered inquiry rates it through a link that
 * is their only login. HMAC-SHA256 signed (HS256) with a key derived from the same secret as the login
 * links but for another purpose, so a rating link is never a login link or an access token, nor the
 * reverse. It names the inquiry and its requester and expires; single use is the server's part.
 */
public final class RatingLinks {

    public static final Duration VALIDITY = Duration.ofDays(14);
    static final String PURPOSE = "inquiry-rating";

    /** What a valid link says: its id (to use it once), the inquiry and whom it was sent to. */
    public record Claims(String linkId, long inquiryId, String requester) {
    }

    private final byte[] key;
    private final Clock clock;

    public RatingLinks(String secret, Clock clock) {
        this.key = derive(secret);
        this.clock = clock;
    }

    public String issue(long inquiryId, String requester) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(LocalJwtIssuer.ISSUER)
                .audience(PURPOSE)
                .jwtID(UUID.randomUUID().toString())
                .subject(requester)
                .claim("inquiry", inquiryId)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(VALIDITY)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign the rating link", e);
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
            Long inquiry = claims.getLongClaim("inquiry");
            if (expiry == null || !expiry.toInstant().isAfter(clock.instant()) || !claims.getAudience().contains(PURPOSE)
                    || claims.getJWTID() == null || claims.getSubject() == null || inquiry == null) {
                return Optional.empty();
            }
            return Optional.of(new Claims(claims.getJWTID(), inquiry, claims.getSubject()));
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
