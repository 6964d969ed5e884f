package jp.resas.ops.portal.infrastructure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Redeems an authorization code at the user pool's token endpoint ({@code <domain>/oauth2/token}): a form
 * POST with {@code grant_type=authorization_code}, the app client's id (a public client: no secret), the
 * code, the same {@code redirect_uri} as the authorize request and the PKCE {@code code_verifier}. Cognito
 * answers 200 with {@code id_token}, {@code access_token}, {@code refresh_token}, {@code expires_in} and
 * {@code token_type}, or 400 with {@code {"error": "invalid_grant"}} (a used, expired or unknown code, or a
 * verifier that does not match the challenge) and the like.
 *
 * <p>{@link #refresh} trades the login's refresh token for new tokens: {@code grant_type=refresh_token}, the
 * client id and {@code refresh_token}; Cognito answers 200 with a new {@code id_token} and
 * {@code access_token} (no new refresh token unless rotation is on, which the portal's client does not use),
 * or 400 {@code {"error": "invalid_grant"}} when the refresh token expired or was revoked.
 *
 * <p>{@link #revoke} revokes the refresh token at logout ({@code <domain>/oauth2/revoke}, Cognito's token
 * revocation endpoint): a form POST with {@code token} (the refresh token) and {@code client_id} (required for a
 * public client); Cognito answers 200 with an empty body (also for a token already revoked), or 400 with
 * {@code {"error": "invalid_request"}}, {@code "unsupported_token_type"} or {@code "invalid_client"}. Revoking it
 * also revokes every access and ID token issued from it.
 */
public final class CognitoTokenEndpoint {

    /** The tokens of one login; {@code refreshToken} is null when the endpoint returned none. */
    public record Tokens(String idToken, String accessToken, String refreshToken) {
    }

    /** The endpoint refused the code (its OAuth error, e.g. invalid_grant) or could not be reached. */
    public static final class RefusedCodeException extends RuntimeException {
        private final String error;

        public RefusedCodeException(String error, String message) {
            super(message);
            this.error = error;
        }

        public String error() {
            return error;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI endpoint;
    private final URI revocation;
    private final String clientId;
    private final String redirectUri;
    private final HttpClient http;

    public CognitoTokenEndpoint(String domain, String clientId, String redirectUri) {
        this.endpoint = URI.create(domain.replaceAll("/+$", "") + "/oauth2/token");
        this.revocation = URI.create(domain.replaceAll("/+$", "") + "/oauth2/revoke");
        this.clientId = clientId;
        this.redirectUri = redirectUri;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    public Tokens redeem(String code, String verifier) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("client_id", clientId);
        form.put("code", code);
        form.put("redirect_uri", redirectUri);
        form.put("code_verifier", verifier);
        return post(form, "code");
    }

    /** New tokens for a session's refresh token; refused with the endpoint's error (invalid_grant and the like). */
    public Tokens refresh(String refreshToken) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("client_id", clientId);
        form.put("refresh_token", refreshToken);
        return post(form, "refresh token");
    }

    /**
     * Revokes a session's refresh token (and the tokens issued from it); refused with the endpoint's error, or
     * {@code unreachable} / {@code http_<status>} when it could not be reached or answered without one.
     */
    public void revoke(String refreshToken) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", refreshToken);
        form.put("client_id", clientId);
        HttpResponse<String> response = send(revocation, form, "revocation");
        if (response.statusCode() != 200) {
            String error;
            try {
                error = JSON.readTree(response.body()).path("error").asText("http_" + response.statusCode());
            } catch (IOException e) {
                error = "http_" + response.statusCode();
            }
            throw new RefusedCodeException(error, "the revocation endpoint refused the refresh token: " + error);
        }
    }

    private HttpResponse<String> send(URI uri, Map<String, String> form, String what) {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        try {
            return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new RefusedCodeException("unreachable", "the " + what + " endpoint " + uri + " cannot be reached: "
                    + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RefusedCodeException("unreachable", "interrupted while calling the " + what + " endpoint");
        }
    }

    private Tokens post(Map<String, String> form, String what) {
        HttpResponse<String> response = send(endpoint, form, "token");
        JsonNode answer;
        try {
            answer = JSON.readTree(response.body());
        } catch (IOException e) {
            throw new RefusedCodeException("unreadable", "the token endpoint answered " + response.statusCode()
                    + " with a body that is not JSON");
        }
        if (response.statusCode() != 200) {
            String error = answer.path("error").asText("http_" + response.statusCode());
            throw new RefusedCodeException(error, "the token endpoint refused the " + what + ": " + error);
        }
        return new Tokens(answer.path("id_token").asText(null), answer.path("access_token").asText(null),
                answer.path("refresh_token").asText(null));
    }
}
