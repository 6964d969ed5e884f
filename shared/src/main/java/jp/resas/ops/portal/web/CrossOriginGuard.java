package jp.resas.ops.portal.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * CSRF: a state-changing request that a browser could have sent with the session cookie (any portal
 * route, or anything carrying the cookie) must come from the portal's own origin, by its {@code Origin}
 * header or, without one, its {@code Referer}. Otherwise a 403 page before any controller runs, so nothing
 * changes. The own origin is the request's {@code Host}, plus any configured in
 * {@code resas.portal.origins} ({@link PortalSettings}: a proxy that rewrites Host).
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class CrossOriginGuard {

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.TRACE);

    private final List<String> configured;

    CrossOriginGuard(PortalSettings settings) {
        this.configured = settings.origins();
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request) {
        if (SAFE.contains(request.getMethod())
                || !(request.getPath().startsWith("/portal/") || SessionCookie.present(request))) {
            return null;
        }
        String origin = request.getHeaders().get("Origin");
        String claimed = origin != null ? origin : request.getHeaders().get("Referer");
        String from = claimed == null ? null : authority(claimed);
        String host = request.getHeaders().get("Host");
        if (from != null && (from.equals(host == null ? null : host.toLowerCase(Locale.ROOT)) || configured.contains(from))) {
            return null;
        }
        throw PortalRefusal.crossOrigin();
    }

    /** host[:port] of an origin or URL, lower case; null when it is not an http(s) URL (e.g. "null"). */
    private static String authority(String url) {
        try {
            URI uri = URI.create(url.strip());
            if (uri.getScheme() == null || !uri.getScheme().startsWith("http") || uri.getHost() == null) {
                return null;
            }
            String host = uri.getHost().toLowerCase(Locale.ROOT);
            return uri.getPort() < 0 ? host : host + ":" + uri.getPort();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
