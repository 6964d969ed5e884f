package jp.resas.ops.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;
import jp.resas.ops.testutils.PlatformTest;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Forged and malformed tokens, signed with the right key, are refused as API Gateway's Cognito check would. */
@PlatformTest
class AccessTokenApiTest {

    @Inject
    @Client("/")
    HttpClient http;

    private static String sign(UnaryOperator<JWTClaimsSet.Builder> edit) throws Exception {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(LocalJwtIssuer.ISSUER).subject("kato")
                .claim("username", "kato").claim("cognito:groups", List.of("viewer")).claim("token_use", "access")
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(600)));
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), edit.apply(claims).build());
        jwt.sign(new MACSigner(TestPlatform.SECRET.getBytes(StandardCharsets.UTF_8)));
        return jwt.serialize();
    }

    private int status(String token) {
        try {
            return http.toBlocking().exchange(HttpRequest.GET("/incidents").bearerAuth(token)).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    @Test
    void aWellFormedAccessToken_isAccepted() throws Exception {
        assertThat(status(sign(b -> b))).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"no exp", "future nbf", "wrong iss", "no iss", "id token", "no token_use", "empty username",
            "empty sub", "expired"})
    void aTokenMissingWhatCognitoChecks_is401(String defect) throws Exception {
        Instant now = Instant.now();
        String token = sign(b -> switch (defect) {
            case "no exp" -> b.expirationTime(null);
            case "future nbf" -> b.notBeforeTime(Date.from(now.plusSeconds(300)));
            case "wrong iss" -> b.issuer("https://cognito-idp.ap-northeast-1.amazonaws.com/ap-northeast-1_other");
            case "no iss" -> b.issuer(null);
            case "id token" -> b.claim("token_use", "id");
            case "no token_use" -> b.claim("token_use", null);
            case "empty username" -> b.claim("username", "");
            case "empty sub" -> b.subject("");
            case "expired" -> b.expirationTime(Date.from(now.minusSeconds(120)));
            default -> throw new IllegalArgumentException(defect);
        });

        assertThat(status(token)).isEqualTo(401);
    }

    @Test
    void theLocalIssuer_refusesANegativeValidityOrABlankUser() {
        LocalJwtIssuer issuer = LocalSecurity.issuer(TestPlatform.SECRET, Clock.systemUTC());

        assertThatThrownBy(() -> issuer.issue("kato", List.of("viewer"), Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> issuer.issue(" ", List.of("viewer"), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCliVerifier_appliesTheSameRules() throws Exception {
        LocalTokenVerifier verifier = new LocalTokenVerifier(TestPlatform.SECRET, Clock.systemUTC());

        assertThat(verifier.verify(sign(b -> b.claim("cognito:groups", List.of("approver")))).user()).isEqualTo("kato");
        assertThatThrownBy(() -> verifier.verify(sign(b -> b.claim("token_use", "id"))))
                .isInstanceOf(LocalTokenVerifier.InvalidTokenException.class).hasMessageContaining("access");
        assertThatThrownBy(() -> verifier.verify(sign(b -> b.expirationTime(null))))
                .isInstanceOf(LocalTokenVerifier.InvalidTokenException.class).hasMessageContaining("exp");
        String forged = LocalSecurity.issuer("another-secret-0123456789abcdef0123456789abcdef", Clock.systemUTC())
                .issue("kato", List.of("approver"), Duration.ofMinutes(5));
        assertThatThrownBy(() -> verifier.verify(forged)).hasMessageContaining("not signed");
    }
}
