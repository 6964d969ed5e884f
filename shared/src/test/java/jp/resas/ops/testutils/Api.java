package jp.resas.ops.testutils;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

/** Drives the ops API as a given user and hands back status and JSON body, 4xx included. */
public final class Api {

    /** One answer: the HTTP status and the body (a missing node when there was none). */
    public record Answer(int status, JsonNode body) {

        public JsonNode get(String field) {
            return body.path(field);
        }

        public long id() {
            return body.get("id").asLong();
        }

        public long version() {
            return body.get("version").asLong();
        }
    }

    private final HttpClient http;

    public Api(HttpClient http) {
        this.http = http;
    }

    public Answer get(String uri, String user, String... groups) {
        return send(HttpRequest.GET(uri), user, groups);
    }

    public Answer post(String uri, Object body, String user, String... groups) {
        return send(HttpRequest.POST(uri, body), user, groups);
    }

    public Answer put(String uri, Object body, String user, String... groups) {
        return send(HttpRequest.PUT(uri, body), user, groups);
    }

    public Answer patch(String uri, Object body, String user, String... groups) {
        return send(HttpRequest.PATCH(uri, body), user, groups);
    }

    public Answer delete(String uri, String user, String... groups) {
        return send(HttpRequest.DELETE(uri), user, groups);
    }

    public Answer send(MutableHttpRequest<?> request, String user, String... groups) {
        try {
            HttpResponse<JsonNode> response = http.toBlocking()
                    .exchange(request.bearerAuth(TestPlatform.token(user, groups)), JsonNode.class);
            return new Answer(response.code(), response.getBody().orElse(com.fasterxml.jackson.databind.node.MissingNode.getInstance()));
        } catch (HttpClientResponseException e) {
            return new Answer(e.getStatus().getCode(), e.getResponse().getBody(JsonNode.class)
                    .orElse(com.fasterxml.jackson.databind.node.MissingNode.getInstance()));
        }
    }
}
