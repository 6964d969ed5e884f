package jp.resas.ops.platform.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** Signs HS256 tokens shaped like Cognito's access tokens ({@code username}, {@code cognito:groups}). */
public final class LocalJwtIssuer {

    public static final String ISSUER = "resas-ops-local";

    private final byte[] secret;
    private final Clock clock;

    public LocalJwtIssuer(byte[] secret, Clock clock) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("the signing secret must be at least 256 bits");
        }
        this.secret = secret.clone();
        this.clock = clock;
    }

    public String issue(String user, List<String> groups, Duration validity) {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("the user must not be blank");
        }
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("the validity must be a positive duration, not " + validity);
        }
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(user)
                .claim("username", user)
                .claim("cognito:groups", List.copyOf(groups))
                .claim("token_use", "access")
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(validity)))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(secret));
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign the token", e);
        }
        return jwt.serialize();
    }
}
