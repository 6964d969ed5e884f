package jp.resas.ops.platform.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import jp.resas.ops.platform.jdbc.DatabaseAvailability;

/**
 * While the database is known to be down ({@link DatabaseAvailability}), an API request answers 503
 * {@code DATABASE_UNAVAILABLE} at once instead of waiting for a connection. {@code /health} reports the
 * outage itself; portal pages get their own page (the portal's outage filter).
 */
@ServerFilter("/**")
final class DatabaseOutageFilter implements Ordered {

    private final DatabaseAvailability availability;

    DatabaseOutageFilter(DatabaseAvailability availability) {
        this.availability = availability;
    }

    @RequestFilter
    @Nullable
    MutableHttpResponse<?> refuseWhileDown(HttpRequest<?> request) {
        if (!availability.isDown() || !ApiErrors.isApi(request) || request.getPath().equals("/health")) {
            return null;
        }
        return HttpResponse.<ApiError>status(HttpStatus.SERVICE_UNAVAILABLE).body(ApiErrors.databaseUnavailable());
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE + 10;
    }
}
