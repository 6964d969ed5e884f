package jp.resas.ops.platform.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.incident.IncidentNotFoundException;

/** Maps domain refusals to 400 and 404 with a Japanese message and the field concerned. */
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
    static final class NotFound implements ExceptionHandler<IncidentNotFoundException, HttpResponse<ApiError>> {
        @Override
        public HttpResponse<ApiError> handle(HttpRequest request, IncidentNotFoundException e) {
            return HttpResponse.notFound(new ApiError("NOT_FOUND", "指定された障害は存在しません。", "id"));
        }
    }
}
