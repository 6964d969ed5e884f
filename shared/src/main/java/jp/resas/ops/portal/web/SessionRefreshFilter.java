package jp.resas.ops.portal.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import jp.resas.ops.platform.security.CognitoTokens;
import jp.resas.ops.platform.security.SecuritySettings;
import jp.resas.ops.portal.infrastructure.CognitoTokenEndpoint;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With Cognito's managed login, a page request whose access token has expired (or expires within a minute,
 * or whose session cookie the browser already dropped) but which carries the login's refresh token gets new
 * tokens from the user pool's token endpoint before the request's own token check: the request goes on with
 * the new access token (so a form posted after an hour is saved, nothing typed is lost) and the answer sets
 * it as the session cookie, so the next request does not refresh again. A refused refresh (the refresh token
 * expired or was revoked) clears both cookies; the page then answers the login page with a Japanese message
 * saying the session ended (and, for a form, what was typed; {@link PortalRefusalHandler}).
 */
@ServerFilter("/portal/**")
@Requires(beans = ManagedLogin.class)
final class SessionRefreshFilter implements Ordered {

    /** Request attribute: the access token a refresh returned, to set as the session cookie. */
    static final String REFRESHED = "resas.portal.refreshed";
    /** Request attribute: the refresh was refused; the session is over. */
    static final String REFUSED = "resas.portal.refresh-refused";
    private static final Duration EARLY = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(SessionRefreshFilter.class);

    private final CognitoTokenEndpoint endpoint;
    private final CognitoTokens tokens;
    private final Clock clock;
    private final ExecutorService blocking;

    SessionRefreshFilter(ManagedLogin login, SecuritySettings security, Clock clock,
            @Named(TaskExecutors.IO) ExecutorService blocking) {
        this.endpoint = new CognitoTokenEndpoint(login.domain(), login.clientId(), login.callbackUrl());
        this.tokens = new CognitoTokens(security.requiredIssuer("Cognito's managed login checks the tokens' issuer"),
                login.clientId(), clock);
        this.clock = clock;
        this.blocking = blocking;
    }

    @RequestFilter
    Publisher<HttpRequest<?>> refreshIfExpired(HttpRequest<?> request) {
        Optional<String> refresh = SessionCookie.refreshToken(request);
        String path = request.getPath();
        if (refresh.isEmpty() || path.startsWith("/portal/static/") || path.equals("/portal/login")
                || path.equals("/portal/callback") || path.equals("/portal/logout") || !expiring(request)) {
            return Publishers.just(request);
        }
        // The token endpoint is a blocking HTTP call: off the event loop.
        return Publishers.fromCompletableFuture(() -> CompletableFuture.supplyAsync(() -> refresh(request,
                refresh.get()), blocking));
    }

    @ResponseFilter
    void setOrClearTheSession(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(REFRESHED, CognitoTokens.Login.class).ifPresent(login -> response.cookie(
                SessionCookie.open(login.accessToken(), request, Duration.between(clock.instant(), login.expiresAt()))));
        if (request.getAttribute(REFUSED, Boolean.class).orElse(false)) {
            response.cookie(SessionCookie.cleared(request)).cookie(SessionCookie.refreshCleared(request));
        }
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }

    private boolean expiring(HttpRequest<?> request) {
        Optional<Instant> expiry = new SessionCookie().findToken(request).flatMap(CognitoTokens::expiry);
        return expiry.isEmpty() || !expiry.get().isAfter(clock.instant().plus(EARLY));
    }

    private HttpRequest<?> refresh(HttpRequest<?> request, String refreshToken) {
        try {
            CognitoTokens.Login login = tokens.refreshed(endpoint.refresh(refreshToken).accessToken());
            LOG.info("portal session of {} refreshed until {}", login.user(), login.expiresAt());
            // Read by SessionCookie before the cookie (a mutated request would lose the form's body).
            request.setAttribute(REFRESHED, login);
            request.setAttribute(SessionCookie.RENEWED, login.accessToken());
            return request;
        } catch (CognitoTokenEndpoint.RefusedCodeException e) {
            // Cognito refused the refresh token (expired, revoked): the session is over. An unreachable or
            // failing endpoint is not a refusal: the cookie stays, so the next page tries again.
            boolean over = !e.error().equals("unreachable") && !e.error().equals("unreadable")
                    && !e.error().startsWith("http_5");
            LOG.info("portal session not refreshed ({}), login needed: {}", over ? "ended" : "kept", e.getMessage());
            request.setAttribute(REFUSED, over);
            return request;
        } catch (CognitoTokens.RefusedTokenException e) {
            LOG.warn("portal session not refreshed, the refreshed token is refused: {}", e.getMessage());
            request.setAttribute(REFUSED, true);
            return request;
        }
    }
}
