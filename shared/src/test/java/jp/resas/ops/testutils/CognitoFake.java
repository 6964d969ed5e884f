package jp.resas.ops.testutils;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local Cognito user pool and its managed login domain, answering the real OAuth2 wire format as the
 * Cognito developer guide documents it: {@code GET /oauth2/authorize} (here the user "signs in" at once as
 * {@link #signInAs} said and is redirected to {@code redirect_uri?code=…&state=…}), {@code POST /oauth2/token}
 * (form body; 200 {@code {"id_token","access_token","refresh_token","expires_in":3600,"token_type":"Bearer"}};
 * with {@code grant_type=refresh_token} 200 without a new refresh token, or 400 {@code invalid_grant};
 * 400 {@code {"error":"invalid_grant"}} for an unknown, used or mismatched code or a PKCE verifier that does
 * not hash to the challenge, {@code invalid_request} without one), {@code GET /logout} (302 to
 * {@code logout_uri}), {@code POST /oauth2/revoke} (the token revocation endpoint: form body {@code token},
 * {@code client_id}; 200 with an empty body, also for a token already revoked; 400 {@code invalid_request}
 * without a token, 400 {@code invalid_client} for another client) and the pool's JWKS at {@code /<pool id>/.well-known/jwks.json} (RS256 keys with
 * {@code kid}). Tokens carry Cognito's claims: ID token {@code aud}, {@code token_use=id}, {@code nonce},
 * {@code cognito:username}; access token {@code client_id}, {@code token_use=access}, {@code username},
 * {@code scope}; both {@code cognito:groups}, {@code iss}, {@code sub}, {@code exp}, {@code iat}.
 */
public final class CognitoFake implements AutoCloseable {

    public static final String POOL_ID = "ap-northeast-1_TestPool1";

    /** How the next tokens are made; tests bend one thing at a time. */
    public record Issue(String user, List<String> groups, String audience, Duration lifetime, boolean foreignKey) {
        public Issue with(String newAudience) {
            return new Issue(user, groups, newAudience, lifetime, foreignKey);
        }

        public Issue lasting(Duration newLifetime) {
            return new Issue(user, groups, audience, newLifetime, foreignKey);
        }

        public Issue signedElsewhere() {
            return new Issue(user, groups, audience, lifetime, true);
        }
    }

    private record Grant(String clientId, String redirectUri, String challenge, String method, String nonce,
            Issue issue) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final RSAKey key;
    private final RSAKey foreign;
    private final String clientId;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, Boolean> used = new ConcurrentHashMap<>();
    private final List<Map<String, String>> tokenRequests = new CopyOnWriteArrayList<>();
    private volatile Issue next;
    private final Map<String, Issue> refreshTokens = new ConcurrentHashMap<>();
    private final java.util.Set<String> revoked = ConcurrentHashMap.newKeySet();
    private final List<Map<String, String>> revocationRequests = new CopyOnWriteArrayList<>();
    private volatile boolean revocationDown;

    public CognitoFake(String clientId) {
        this.clientId = clientId;
        try {
            this.key = new RSAKeyGenerator(2048).keyID("key-" + UUID.randomUUID()).generate();
            this.foreign = new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate();
            this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.start();
    }

    public String domain() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The user pool's issuer ({@code https://cognito-idp.<region>.amazonaws.com/<pool id>} in AWS). */
    public String issuer() {
        return domain() + "/" + POOL_ID;
    }

    /** Who signs in at the next {@code /oauth2/authorize}, and how their tokens are made. */
    public Issue signInAs(String user, String... groups) {
        next = new Issue(user, List.of(groups), clientId, Duration.ofHours(1), false);
        return next;
    }

    public void signInAs(Issue issue) {
        next = issue;
    }

    /** The form bodies the token endpoint received, in order. */
    public List<Map<String, String>> tokenRequests() {
        return List.copyOf(tokenRequests);
    }

    private void answer(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        String path = uri.getPath();
        try (exchange) {
            if ("GET".equals(exchange.getRequestMethod()) && path.equals("/" + POOL_ID + "/.well-known/jwks.json")) {
                send(exchange, 200, new JWKSet(key.toPublicJWK()).toString());
            } else if ("GET".equals(exchange.getRequestMethod()) && path.equals("/oauth2/authorize")) {
                authorize(exchange, form(uri.getRawQuery()));
            } else if ("POST".equals(exchange.getRequestMethod()) && path.equals("/oauth2/token")) {
                token(exchange, form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            } else if ("POST".equals(exchange.getRequestMethod()) && path.equals("/oauth2/revoke")) {
                revokeRequested(exchange, form(new String(exchange.getRequestBody().readAllBytes(),
                        StandardCharsets.UTF_8)));
            } else if ("GET".equals(exchange.getRequestMethod()) && path.equals("/logout")) {
                Map<String, String> query = form(uri.getRawQuery());
                if (!clientId.equals(query.get("client_id")) || query.get("logout_uri") == null) {
                    send(exchange, 400, "{\"error\":\"invalid_request\"}");
                    return;
                }
                exchange.getResponseHeaders().add("Location", query.get("logout_uri"));
                exchange.sendResponseHeaders(302, -1);
            } else {
                send(exchange, 404, "{\"error\":\"not_found\"}");
            }
        }
    }

    private void authorize(HttpExchange exchange, Map<String, String> query) throws IOException {
        if (!"code".equals(query.get("response_type")) || !clientId.equals(query.get("client_id"))
                || query.get("redirect_uri") == null || next == null) {
            send(exchange, 400, "{\"error\":\"invalid_request\"}");
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(query.get("client_id"), query.get("redirect_uri"), query.get("code_challenge"),
                query.get("code_challenge_method"), query.get("nonce"), next));
        exchange.getResponseHeaders().add("Location", query.get("redirect_uri") + "?code=" + code + "&state="
                + URLEncoder.encode(query.getOrDefault("state", ""), StandardCharsets.UTF_8));
        exchange.sendResponseHeaders(302, -1);
    }

    /**
     * {@code grant_type=refresh_token}: a refresh token this pool issued and has not revoked gets a new ID and
     * access token (200, no new refresh token: rotation off, as on the portal's client); otherwise 400
     * {@code invalid_grant}, as Cognito answers an expired or revoked one.
     */
    private void refresh(HttpExchange exchange, Map<String, String> form) throws IOException {
        if (!clientId.equals(form.get("client_id"))) {
            send(exchange, 400, "{\"error\":\"invalid_client\"}");
            return;
        }
        Issue issue = refreshTokens.get(form.getOrDefault("refresh_token", ""));
        if (issue == null || revoked.contains(form.get("refresh_token"))) {
            send(exchange, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id_token", idToken(new Grant(clientId, null, null, null, null, issue)));
        body.put("access_token", accessToken(issue));
        body.put("expires_in", issue.lifetime().toSeconds());
        body.put("token_type", "Bearer");
        send(exchange, 200, JSON.writeValueAsString(body));
    }

    /** The form bodies the revocation endpoint received, in order. */
    public List<Map<String, String>> revocationRequests() {
        return List.copyOf(revocationRequests);
    }

    /** While true the revocation endpoint answers 503 (an outage); the requests are still recorded. */
    public void revocationDown(boolean down) {
        revocationDown = down;
    }

    private void revokeRequested(HttpExchange exchange, Map<String, String> form) throws IOException {
        revocationRequests.add(form);
        if (revocationDown) {
            send(exchange, 503, "{\"error\":\"server_error\"}");
        } else if (form.get("token") == null || form.get("token").isBlank()) {
            send(exchange, 400, "{\"error\":\"invalid_request\"}");
        } else if (!clientId.equals(form.get("client_id"))) {
            send(exchange, 400, "{\"error\":\"invalid_client\"}");
        } else {
            revoked.add(form.get("token"));
            exchange.sendResponseHeaders(200, -1);
        }
    }

    /** From now on this refresh token is refused (an administrator signed the user out, or it expired). */
    public void revoke(String refreshToken) {
        revoked.add(refreshToken);
    }

    /** An access token of this pool for {@code user} that expired five minutes ago (a session left open). */
    public String expiredAccessToken(String user, String... groups) {
        return accessToken(new Issue(user, List.of(groups), clientId, Duration.ofMinutes(-5), false));
    }

    private void token(HttpExchange exchange, Map<String, String> form) throws IOException {
        tokenRequests.add(form);
        if ("refresh_token".equals(form.get("grant_type"))) {
            refresh(exchange, form);
            return;
        }
        if (!"authorization_code".equals(form.get("grant_type"))) {
            send(exchange, 400, "{\"error\":\"unsupported_grant_type\"}");
            return;
        }
        if (!clientId.equals(form.get("client_id"))) {
            send(exchange, 400, "{\"error\":\"invalid_client\"}");
            return;
        }
        Grant grant = codes.get(form.getOrDefault("code", ""));
        if (grant != null && grant.challenge() != null && form.get("code_verifier") == null) {
            send(exchange, 400, "{\"error\":\"invalid_request\"}");
            return;
        }
        // A code is redeemed once; a failed attempt spends it too (Cognito's codes are single use).
        boolean fresh = grant != null && used.putIfAbsent(form.get("code"), true) == null;
        if (!fresh || !grant.redirectUri().equals(form.get("redirect_uri")) || !"S256".equals(grant.method())
                || !s256(form.get("code_verifier")).equals(grant.challenge())) {
            send(exchange, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id_token", idToken(grant));
        body.put("access_token", accessToken(grant.issue()));
        // Cognito's refresh tokens are opaque (an encrypted JWT); this one only has to be unguessable.
        String refreshToken = "eyJjdHkiOiJKV1QiLCJlbmMiOiJBMjU2R0NNIiwiYWxnIjoiUlNBLU9BRVAifQ." + UUID.randomUUID();
        refreshTokens.put(refreshToken, grant.issue());
        body.put("refresh_token", refreshToken);
        body.put("expires_in", grant.issue().lifetime().toSeconds());
        body.put("token_type", "Bearer");
        send(exchange, 200, JSON.writeValueAsString(body));
    }

    private String idToken(Grant grant) {
        Issue issue = grant.issue();
        return sign(issue, base(issue).audience(issue.audience())
                .claim("token_use", "id")
                .claim("cognito:username", issue.user())
                .claim("email", issue.user() + "@example.go.jp")
                .claim("email_verified", true)
                .claim("nonce", grant.nonce())
                .build());
    }

    private String accessToken(Issue issue) {
        return sign(issue, base(issue)
                .claim("token_use", "access")
                .claim("client_id", issue.audience())
                .claim("username", issue.user())
                .claim("scope", "openid email")
                .claim("version", 2)
                .build());
    }

    private JWTClaimsSet.Builder base(Issue issue) {
        Instant now = Instant.now();
        Instant expiry = now.plus(issue.lifetime());
        return new JWTClaimsSet.Builder()
                .issuer(issuer())
                .subject(UUID.nameUUIDFromBytes(issue.user().getBytes(StandardCharsets.UTF_8)).toString())
                .claim("cognito:groups", issue.groups())
                .claim("auth_time", now.getEpochSecond())
                .issueTime(Date.from(expiry.isBefore(now) ? expiry.minusSeconds(3600) : now))
                .expirationTime(Date.from(expiry))
                .jwtID(UUID.randomUUID().toString());
    }

    private String sign(Issue issue, JWTClaimsSet claims) {
        RSAKey signing = issue.foreignKey() ? foreign : key;
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(signing.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(signing));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** RFC 7636 section 4.2: BASE64URL-ENCODE(SHA256(ASCII(code_verifier))), written out here on its own. */
    private static String s256(String verifier) {
        try {
            return java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                    java.security.MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> form = new LinkedHashMap<>();
        if (encoded == null) {
            return form;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json;charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
