package jp.resas.ops.portal.web;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Cognito managed login in AWS ({@code resas.portal.cognito.*} of {@link PortalSettings}, set from the ops-api
 * function's environment):
 * the user pool domain serving {@code /oauth2/authorize}, {@code /oauth2/token} and {@code /logout}, the
 * portal's app client, and the callback and sign-out URLs registered on it (they must match exactly).
 */
@Singleton
@Requires(property = ManagedLogin.CLIENT_ID)
public final class ManagedLogin {

    static final String CLIENT_ID = "resas.portal.cognito.client-id";
    static final String SCOPES = "openid email";

    private final String domain;
    private final String clientId;
    private final String callbackUrl;
    private final String logoutUrl;
    private final Duration refreshValidity;

    ManagedLogin(PortalSettings settings) {
        PortalSettings.Cognito cognito = settings.cognito();
        this.domain = cognito.domain().replaceAll("/+$", "");
        this.clientId = cognito.clientId();
        this.callbackUrl = cognito.callbackUrl();
        this.logoutUrl = cognito.logoutUrl();
        this.refreshValidity = cognito.refreshValidity();
    }

    /** How long the app client's refresh tokens last (OpsUserPool: 12 hours), the refresh cookie's life. */
    public Duration refreshValidity() {
        return refreshValidity;
    }

    public String domain() {
        return domain;
    }

    public String clientId() {
        return clientId;
    }

    public String callbackUrl() {
        return callbackUrl;
    }

    /** The managed login page for one attempt: code flow, PKCE S256, state and nonce. */
    URI authorize(String state, String nonce, String codeChallenge) {
        return URI.create(domain + "/oauth2/authorize?response_type=code&client_id=" + encode(clientId)
                + "&redirect_uri=" + encode(callbackUrl) + "&scope=" + encode(SCOPES) + "&state=" + encode(state)
                + "&nonce=" + encode(nonce) + "&code_challenge_method=S256&code_challenge=" + encode(codeChallenge));
    }

    /** Cognito's sign-out: ends the managed login session, then returns to the portal. */
    URI logout() {
        return URI.create(domain + "/logout?client_id=" + encode(clientId) + "&logout_uri=" + encode(logoutUrl));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
