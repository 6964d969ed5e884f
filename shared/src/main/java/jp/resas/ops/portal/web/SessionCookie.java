package jp.resas.ops.portal.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.token.reader.TokenReader;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;

/**
 * The portal's session: the same signed token the API takes as a bearer token, kept in an HttpOnly,
 * SameSite=Lax cookie (Secure when served over HTTPS), and read after the Authorization header.
 */
@Singleton
public final class SessionCookie implements TokenReader<HttpRequest<?>> {

    public static final String NAME = "resas_session";
    public static final Duration VALIDITY = Duration.ofHours(12);
    static final String REFRESH = "resas_refresh";

    /** Request attribute: the access token a refresh just returned ({@link SessionRefreshFilter}), before the cookie's. */
    static final String RENEWED = "resas.portal.renewed-token";

    @Override
    public Optional<String> findToken(HttpRequest<?> request) {
        Optional<String> renewed = request.getAttribute(RENEWED, String.class);
        return renewed.isPresent() ? renewed
                : request.getCookies().findCookie(NAME).map(Cookie::getValue).filter(value -> !value.isBlank());
    }

    @Override
    public int getOrder() {
        return 100;
    }

    static boolean present(HttpRequest<?> request) {
        return request.getCookies().findCookie(NAME).isPresent();
    }

    static Cookie open(String token, HttpRequest<?> request) {
        return open(token, request, VALIDITY);
    }

    /** A session that ends with the token in it (a Cognito access token lasts an hour). */
    static Cookie open(String token, HttpRequest<?> request, Duration validity) {
        return base(Cookie.of(NAME, token), request).maxAge(validity);
    }

    static Cookie cleared(HttpRequest<?> request) {
        return base(Cookie.of(NAME, ""), request).maxAge(0);
    }

    /**
     * With Cognito's managed login, the login's refresh token: HttpOnly, SameSite=Lax, Secure over HTTPS, sent to
     * the portal's pages only (path {@code /portal}, never to the API), for as long as Cognito honours it.
     */
    static Cookie refresh(String refreshToken, HttpRequest<?> request, Duration validity) {
        return base(Cookie.of(REFRESH, refreshToken), request).path("/portal").maxAge(validity);
    }

    static Cookie refreshCleared(HttpRequest<?> request) {
        return base(Cookie.of(REFRESH, ""), request).path("/portal").maxAge(0);
    }

    static Optional<String> refreshToken(HttpRequest<?> request) {
        return request.getCookies().findCookie(REFRESH).map(Cookie::getValue).filter(value -> !value.isBlank());
    }

    private static Cookie base(Cookie cookie, HttpRequest<?> request) {
        boolean https = request.isSecure()
                || "https".equalsIgnoreCase(request.getHeaders().get("X-Forwarded-Proto"));
        return cookie.path("/").httpOnly(true).sameSite(SameSite.Lax).secure(https);
    }
}
