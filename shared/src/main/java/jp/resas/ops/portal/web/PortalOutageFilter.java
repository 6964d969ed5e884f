package jp.resas.ops.portal.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import jp.resas.ops.platform.jdbc.DatabaseAvailability;

/**
 * While the database is known to be down, a portal page answers 503 with a page saying so in Japanese
 * (never a stack trace), without waiting for a connection. Static assets are still served.
 */
@ServerFilter("/portal/**")
final class PortalOutageFilter implements Ordered {

    private final DatabaseAvailability availability;
    private final PortalRefusalHandler pages;

    PortalOutageFilter(DatabaseAvailability availability, PortalRefusalHandler pages) {
        this.availability = availability;
        this.pages = pages;
    }

    @RequestFilter
    @Nullable
    MutableHttpResponse<?> refuseWhileDown(HttpRequest<?> request) {
        if (!availability.isDown() || request.getPath().startsWith("/portal/static/")) {
            return null;
        }
        return (MutableHttpResponse<?>) pages.handle(request, PortalRefusal.databaseUnavailable());
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE + 10;
    }
}
