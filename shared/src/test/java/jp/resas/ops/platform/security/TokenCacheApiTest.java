package jp.resas.ops.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.token.TokenAuthenticationFetcher;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import jp.resas.ops.testutils.PlatformTest;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.Test;

/**
 * With the verified-token cache in front of the JWT check: a token accepted once keeps its own user and roles, and
 * anything changed in it, expired or signed with another key is still refused after a good token was cached.
 */
@PlatformTest
class TokenCacheApiTest {

    @Inject
    @Client("/")
    HttpClient http;

    @Inject
    TokenAuthenticationFetcher fetcher;

    private int status(io.micronaut.http.MutableHttpRequest<?> request, String token) {
        try {
            return http.toBlocking().exchange(request.bearerAuth(token)).code();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    private int get(String token) {
        return status(HttpRequest.GET("/incidents"), token);
    }

    private static String part(String token, int index) {
        return token.split("\\.")[index];
    }

    @Test
    void theCache_isTheFetcherInUse() {
        assertThat(fetcher).isInstanceOf(CachingTokenAuthenticationFetcher.class);
    }

    @Test
    void aCachedToken_keepsItsOwnRoles_andAnotherUsersTokenIsCheckedOnItsOwn() {
        String operator = TestPlatform.token("cache-op", "operator");
        String viewer = TestPlatform.token("cache-viewer", "viewer");
        Map<String, Object> incident = Map.of("title", "キャッシュ確認", "severity", 4);

        assertThat(get(operator)).isEqualTo(200);
        assertThat(get(operator)).isEqualTo(200);
        assertThat(get(viewer)).isEqualTo(200);
        assertThat(get(viewer)).isEqualTo(200);

        assertThat(status(HttpRequest.POST("/incidents", incident), viewer)).isEqualTo(403);
        assertThat(status(HttpRequest.POST("/incidents", incident), operator)).isEqualTo(201);
    }

    @Test
    void aTamperedToken_isRefused_afterTheGenuineOneWasCached() {
        String genuine = TestPlatform.token("cache-viewer2", "viewer");
        assertThat(get(genuine)).isEqualTo(200);
        assertThat(get(genuine)).isEqualTo(200);

        String header = part(genuine, 0);
        String payload = new String(Base64.getUrlDecoder().decode(part(genuine, 1)), StandardCharsets.UTF_8);
        String signature = part(genuine, 2);
        String raised = Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.replace("\"viewer\"", "\"admin\"").getBytes(StandardCharsets.UTF_8));
        char last = signature.charAt(signature.length() - 2);
        String flipped = signature.substring(0, signature.length() - 2) + (last == 'A' ? 'B' : 'A')
                + signature.charAt(signature.length() - 1);

        assertThat(raised).isNotEqualTo(part(genuine, 1));
        assertThat(get(header + "." + raised + "." + signature)).isEqualTo(401);
        assertThat(get(header + "." + part(genuine, 1) + "." + flipped)).isEqualTo(401);
        assertThat(get(header + "." + part(genuine, 1) + ".")).isEqualTo(401);
        assertThat(get(genuine)).isEqualTo(200);
    }

    @Test
    void anExpiredToken_andOneSignedWithAnotherKey_areRefused_evenForAUserWhoseTokenIsCached() throws Exception {
        assertThat(get(TestPlatform.token("kato", "operator"))).isEqualTo(200);

        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(LocalJwtIssuer.ISSUER).subject("kato")
                .claim("username", "kato").claim("cognito:groups", List.of("operator")).claim("token_use", "access")
                .issueTime(Date.from(now.minusSeconds(3600))).expirationTime(Date.from(now.minusSeconds(1))).build();
        SignedJWT expired = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        expired.sign(new MACSigner(TestPlatform.SECRET.getBytes(StandardCharsets.UTF_8)));
        String otherKey = LocalSecurity.issuer("a-rotated-secret-0123456789abcdef0123456789abcdef", Clock.systemUTC())
                .issue("kato", List.of("operator"), Duration.ofMinutes(5));

        assertThat(get(expired.serialize())).isEqualTo(401);
        assertThat(get(expired.serialize())).isEqualTo(401);
        assertThat(get(otherKey)).isEqualTo(401);
        assertThat(get(otherKey)).isEqualTo(401);
    }
}
