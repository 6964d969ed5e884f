package jp.resas.ops.platform.web;

import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * Where the database does not pause by design (one machine, or any runtime without
 * {@value DatabaseResumingHandler#RETRY_AFTER_PROPERTY}), no connection within the pool's timeout means
 * the server is down: 503 {@code DATABASE_UNAVAILABLE}, logged by the watcher once per outage, not here.
 * Exactly one of this and {@link DatabaseResumingHandler} exists in a context, chosen by that property.
 */
@Singleton
@Primary
@Produces
@Requires(missingProperty = DatabaseResumingHandler.RETRY_AFTER_PROPERTY)
final class DatabaseUnavailableHandler implements ExceptionHandler<CannotGetJdbcConnectionException, HttpResponse<ApiError>> {

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, CannotGetJdbcConnectionException e) {
        return HttpResponse.<ApiError>status(HttpStatus.SERVICE_UNAVAILABLE).body(ApiErrors.databaseUnavailable());
    }
}
