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
 */
public final class CognitoTokenEndpoint {

    /** The tokens of one login. */
    public record Tokens(String idToken, String accessToken) {
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
    private final String clientId;
    private final String redirectUri;
    private final HttpClient http;

    public CognitoTokenEndpoint(String domain, String clientId, String redirectUri) {
        this.endpoint = URI.create(domain.replaceAll("/+$", "") + "/oauth2/token");
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
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpResponse<String> response;
        try {
            response = http.send(HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new RefusedCodeException("unreachable", "the token endpoint " + endpoint + " cannot be reached: "
                    + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RefusedCodeException("unreachable", "interrupted while calling the token endpoint");
        }
        JsonNode answer;
        try {
            answer = JSON.readTree(response.body());
        } catch (IOException e) {
            throw new RefusedCodeException("unreadable", "the token endpoint answered " + response.statusCode()
                    + " with a body that is not JSON");
        }
        if (response.statusCode() != 200) {
            String error = answer.path("error").asText("http_" + response.statusCode());
            throw new RefusedCodeException(error, "the token endpoint refused the code: " + error);
        }
        return new Tokens(answer.path("id_token").asText(null), answer.path("access_token").asText(null));
    }
}
