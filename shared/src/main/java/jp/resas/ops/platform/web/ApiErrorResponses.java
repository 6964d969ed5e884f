package jp.resas.ops.platform.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpParameters;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.server.exceptions.response.HtmlErrorResponseBodyProvider;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;

/**
 * Where Micronaut's own refusals get our shape. Its exception handlers (JSON, conversion, missing
 * arguments, routes, 405, 406, 413, 415, security's 401 and 403) hand their answer to the
 * {@link ErrorResponseProcessor}; answers made without one (an empty 403 from the CORS filter) pass the
 * response filter. Both defer to {@link ApiErrors}; portal pages keep Micronaut's HTML.
 */
final class ApiErrorResponses {

    private ApiErrorResponses() {
    }

    @Singleton
    @Replaces(ErrorResponseProcessor.class)
    static final class Processor implements ErrorResponseProcessor<Object> {

        private final HtmlErrorResponseBodyProvider html;

        Processor(HtmlErrorResponseBodyProvider html) {
            this.html = html;
        }

        @Override
        public MutableHttpResponse<Object> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
            @SuppressWarnings("unchecked")
            MutableHttpResponse<Object> answer = (MutableHttpResponse<Object>) response;
            if (!ApiErrors.isApi(context.getRequest())) {
                answer.body(html.body(context, response));
                answer.contentType(html.contentType());
                return answer;
            }
            answer.body(ApiErrors.of(response.code(), context.getRootCause().orElse(null)));
            answer.contentType(MediaType.APPLICATION_JSON_TYPE);
            return answer;
        }
    }

    /**
     * Refuses a query parameter holding a NUL or a lone surrogate before any code sees it, and gives an
     * error answer made without a body (the CORS filter's 403) the documented shape. Runs outermost.
     */
    @ServerFilter("/**")
    static final class Filter implements Ordered {

        @RequestFilter
        @Nullable
        MutableHttpResponse<?> refuseUnstorableParameters(HttpRequest<?> request) {
            if (!ApiErrors.isApi(request)) {
                return null;
            }
            // By name, not asMap(), which copies every parameter into a new map on each request (issue 18).
            HttpParameters parameters = request.getParameters();
            for (String key : parameters.names()) {
                if (!TextCheck.storable(key) || !parameters.getAll(key).stream().allMatch(TextCheck::storable)) {
                    String name = TextCheck.storable(key) ? key : null;
                    return io.micronaut.http.HttpResponse.badRequest(new ApiError("INVALID_INPUT", (name == null ? "クエリ"
                            : name) + " に使用できない文字 (NUL 文字または不正なサロゲート) が含まれています。", name));
                }
            }
            if (!TextCheck.storable(request.getPath())) {
                return io.micronaut.http.HttpResponse.badRequest(new ApiError("INVALID_INPUT",
                        "パスに使用できない文字が含まれています。", null));
            }
            return null;
        }

        @ResponseFilter
        void shapeEmptyRefusals(HttpRequest<?> request, MutableHttpResponse<?> response) {
            if (response.code() < 400 || response.getBody().isPresent() || !ApiErrors.isApi(request)
                    || "HEAD".equals(request.getMethodName())) {
                return;
            }
            ApiError error = response.code() == 403 && request.getHeaders().contains("Origin")
                    ? new ApiError("ORIGIN_NOT_ALLOWED", "このオリジン (Origin ヘッダー) からのリクエストは許可されていません。", null)
                    : ApiErrors.of(response.code(), null);
            @SuppressWarnings("unchecked")
            MutableHttpResponse<Object> answer = (MutableHttpResponse<Object>) response;
            answer.body(error);
            answer.contentType(MediaType.APPLICATION_JSON_TYPE);
        }

        @Override
        public int getOrder() {
            return HIGHEST_PRECEDENCE;
        }
    }
}
