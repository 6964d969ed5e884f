package jp.resas.ops.platform.web;

import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * In AWS the database (Aurora Serverless v2 at 0 ACU) pauses when idle and takes about 15 seconds to
 * resume on the next connection: a request that cannot get a connection in time answers 503
 * {@code DATABASE_RESUMING} with {@code Retry-After}, so the portal (and a person) try again shortly.
 * Only where the runtime says the database pauses ({@value #RETRY_AFTER_PROPERTY} of
 * {@link DatabaseResumeSettings}, set by the Lambda platform); elsewhere a missing database is a different answer.
 */
@Singleton
@Primary
@Produces
@Requires(property = DatabaseResumingHandler.RETRY_AFTER_PROPERTY)
final class DatabaseResumingHandler implements ExceptionHandler<CannotGetJdbcConnectionException, HttpResponse<ApiError>> {

    static final String RETRY_AFTER_PROPERTY = DatabaseResumeSettings.PROPERTY;
    static final String CODE = "DATABASE_RESUMING";

    private final int retryAfterSeconds;

    DatabaseResumingHandler(DatabaseResumeSettings settings) {
        this.retryAfterSeconds = settings.retryAfter(15);
    }

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, CannotGetJdbcConnectionException e) {
        return HttpResponse.<ApiError>status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(retryAfterSeconds))
                .body(new ApiError(CODE, "データベースを再開しています。" + retryAfterSeconds
                        + " 秒ほど待ってから、もう一度お試しください。", null));
    }
}
