package jp.resas.ops.portal.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.Optional;
import jp.resas.ops.portal.infrastructure.CognitoTokenEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The way in and out: {@code /} leads to the portal; logging out clears the session cookie and, with
 * Cognito's managed login, first revokes the session's refresh token at Cognito's {@code /oauth2/revoke} (so a
 * copied refresh cookie gets no new token) and ends Cognito's session too (its {@code /logout}, which returns to
 * the portal). A revocation that fails is logged and the user is logged out locally all the same.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
class SessionController {

    private static final Logger LOG = LoggerFactory.getLogger(SessionController.class);

    private final Optional<ManagedLogin> managed;
    private final Optional<CognitoTokenEndpoint> endpoint;

    SessionController(Optional<ManagedLogin> managed) {
        this.managed = managed;
        this.endpoint = managed.map(login -> new CognitoTokenEndpoint(login.domain(), login.clientId(),
                login.callbackUrl()));
    }

    @Get
    HttpResponse<?> root() {
        return Pages.seeOther("/portal/");
    }

    @Post(value = "/portal/logout", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.ALL})
    HttpResponse<?> logout(HttpRequest<?> request) {
        endpoint.ifPresent(cognito -> SessionCookie.refreshToken(request).ifPresent(token -> revoke(cognito, token)));
        return managed.<MutableHttpResponse<?>>map(login -> HttpResponse.seeOther(login.logout()))
                .orElseGet(() -> Pages.seeOther("/portal/")).cookie(SessionCookie.cleared(request))
                .cookie(SessionCookie.refreshCleared(request));
    }

    /** The blocking call runs off the event loop (thread selection AUTO: this method is not reactive). */
    private static void revoke(CognitoTokenEndpoint cognito, String refreshToken) {
        try {
            cognito.revoke(refreshToken);
        } catch (CognitoTokenEndpoint.RefusedCodeException e) {
            LOG.warn("Logout: the refresh token could not be revoked ({}); the session is ended locally: {}",
                    e.error(), e.getMessage());
        }
    }
}
