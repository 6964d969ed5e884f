package jp.resas.ops.testutils;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;

/**
 * A local endpoint for the real AWS SDK clients: answers each operation (the {@code X-Amz-Target}
 * of JSON protocols, the {@code Action} of the query protocol, or {@code METHOD path} for REST) with
 * the responses queued for it, in order (the last one repeats), and keeps every request it received.
 */
public final class FakeAws implements AutoCloseable {

    public record Request(String method, String path, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase());
        }

        /** The form parameters of a query-protocol request, decoded. */
        public Map<String, String> form() {
            Map<String, String> form = new java.util.LinkedHashMap<>();
            for (String pair : body.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
            return form;
        }
    }

    private record Answer(int status, String contentType, byte[] body) {
    }

    private record BodyAnswer(String operation, String bodyContains, Answer answer) {
    }

    private final HttpServer server;
    private final Map<String, Deque<Answer>> answers = new HashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final List<BodyAnswer> bodyAnswers = new CopyOnWriteArrayList<>();
    private final Map<String, java.util.function.Function<Request, Answer>> responders =
            new java.util.concurrent.ConcurrentHashMap<>();

    public FakeAws() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> headers = new HashMap<>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.get(0)));
            Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().toString(), headers, body);
            requests.add(request);
            java.util.function.Function<Request, Answer> responder = responders.get(operation(request));
            Answer answer = responder != null ? responder.apply(request) : bodyAnswers.stream()
                    .filter(when -> when.operation().equals(operation(request)) && body.contains(when.bodyContains()))
                    .map(BodyAnswer::answer).findFirst().orElseGet(() -> next(operation(request)));
            exchange.getResponseHeaders().add("Content-Type", answer.contentType());
            exchange.getResponseHeaders().add("x-amzn-RequestId", "00000000-0000-0000-0000-000000000000");
            exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
            if (answer.body().length > 0) {
                exchange.getResponseBody().write(answer.body());
            }
            exchange.close();
        });
        server.start();
    }

    public FakeAws answer(String operation, int status, String contentType, byte[] body) {
        synchronized (answers) {
            answers.computeIfAbsent(operation, key -> new ArrayDeque<>()).add(new Answer(status, contentType, body));
        }
        return this;
    }

    public FakeAws answerJson(String operation, String json, String contentType) {
        return answer(operation, 200, contentType, json.getBytes(StandardCharsets.UTF_8));
    }

    /** Answers every request of {@code operation} whose body contains {@code bodyContains}, before any queue. */
    public FakeAws answerJsonWhen(String operation, String bodyContains, String json, String contentType) {
        return answerWhen(operation, bodyContains, 200, contentType, json.getBytes(StandardCharsets.UTF_8));
    }

    /** Answers every request of {@code operation} whose body contains {@code bodyContains} (an error, too). */
    public FakeAws answerWhen(String operation, String bodyContains, int status, String contentType, byte[] body) {
        bodyAnswers.add(new BodyAnswer(operation, bodyContains, new Answer(status, contentType, body)));
        return this;
    }

    /** Answers every request of {@code operation} with what {@code body} makes of it (before any queue). */
    public FakeAws respond(String operation, String contentType, java.util.function.Function<Request, String> body) {
        responders.put(operation, request -> new Answer(200, contentType, body.apply(request).getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public List<Request> requests(String operation) {
        return requests.stream().filter(request -> operation(request).equals(operation)).toList();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The builder pointed here, with static test credentials and the URLConnection HTTP client. */
    public <B extends AwsClientBuilder<B, C> & AwsSyncClientBuilder<B, C>, C> C client(B builder) {
        return builder.endpointOverride(endpoint())
                .region(Region.AP_NORTHEAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .httpClient(UrlConnectionHttpClient.create())
                .build();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private Answer next(String operation) {
        synchronized (answers) {
            Deque<Answer> queue = answers.get(operation);
            if (queue == null || queue.isEmpty()) {
                return new Answer(500, "text/plain", ("no answer queued for " + operation).getBytes(StandardCharsets.UTF_8));
            }
            return queue.size() > 1 ? queue.poll() : queue.peek();
        }
    }

    private static String operation(Request request) {
        String target = request.header("x-amz-target");
        if (target != null) {
            return target;
        }
        String type = request.header("content-type");
        if (type != null && type.startsWith("application/x-www-form-urlencoded")) {
            for (String pair : request.body().split("&")) {
                if (pair.startsWith("Action=")) {
                    return URLDecoder.decode(pair.substring(7), StandardCharsets.UTF_8);
                }
            }
        }
        String path = request.path();
        int query = path.indexOf('?');
        return request.method() + " " + (query < 0 ? path : path.substring(0, query));
    }
}
