package jp.resas.ops.platform.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.ForbiddenActionException;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.NotFoundException;
import jp.resas.ops.common.UnavailableException;

/**
 * Maps domain refusals to 400, 403, 404 and 409, and an unavailable dependency to 503, with a Japanese
 * message and the field concerned.
 */
final class ApiErrorHandlers {

    private ApiErrorHandlers() {
    }

    @Singleton
    @Produces
    static final class InvalidInput implements ExceptionHandler<InvalidInputException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, InvalidInputException e) {
            return HttpResponse.badRequest(new ApiError("INVALID_INPUT", e.getMessage(), e.field()));
        }
    }

    @Singleton
    @Produces
    static final class Missing implements ExceptionHandler<NotFoundException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, NotFoundException e) {
            return HttpResponse.notFound(new ApiError("NOT_FOUND", e.getMessage(), "id"));
        }
    }

    @Singleton
    @Produces
    static final class Conflict implements ExceptionHandler<ConflictException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, ConflictException e) {
            return HttpResponse.<ApiError>status(HttpStatus.CONFLICT).body(new ApiError(e.code(), e.getMessage(), e.field()));
        }
    }

    @Singleton
    @Produces
    static final class Forbidden implements ExceptionHandler<ForbiddenActionException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, ForbiddenActionException e) {
            return HttpResponse.<ApiError>status(HttpStatus.FORBIDDEN).body(new ApiError(e.code(), e.getMessage(), null));
        }
    }

    /**
     * What the database refused ({@link DatabaseRefusals}), or any other failure nothing else handles:
     * a generic 500 that names no class or SQL; the details go to the log only.
     */
    @Singleton
    @Produces
    static final class Unexpected implements ExceptionHandler<RuntimeException, HttpResponse<ApiError>> {

        private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Unexpected.class);

        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, RuntimeException e) {
            if (ApiErrors.isDatabaseUnavailable(e)) {
                // An outage is logged once by DatabaseAvailability's watcher, not once per request.
                LOG.debug("{} {}: database unavailable: {}", request.getMethodName(), request.getPath(), e.getMessage());
                return HttpResponse.<ApiError>status(HttpStatus.SERVICE_UNAVAILABLE).body(ApiErrors.databaseUnavailable());
            }
            DatabaseRefusals.Refusal refusal = DatabaseRefusals.of(e);
            if (refusal != null) {
                LOG.info("{} {} refused by the database: {}", request.getMethodName(), request.getPath(), e.getMessage());
                return HttpResponse.<ApiError>status(HttpStatus.valueOf(refusal.status())).body(refusal.error());
            }
            LOG.error("{} {} failed", request.getMethodName(), request.getPath(), e);
            return HttpResponse.<ApiError>status(HttpStatus.INTERNAL_SERVER_ERROR).body(ApiErrors.of(500, e));
        }
    }

    @Singleton
    @Produces
    static final class Unavailable implements ExceptionHandler<UnavailableException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, UnavailableException e) {
            return HttpResponse.<ApiError>status(HttpStatus.SERVICE_UNAVAILABLE).body(new ApiError(e.code(), e.getMessage(), null));
        }
    }
}
