package jp.resas.ops.notification.infrastructure;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local endpoint answering the two calls that wake the notification sweep, as AWS does. Built from the
 * API references (rest-json protocol):
 * <ul>
 * <li>EventBridge Scheduler {@code CreateSchedule}: {@code POST /schedules/{Name}} with the JSON body
 * (GroupName, ScheduleExpression, Target, …); 200 {@code {"ScheduleArn": "…"}}; a name that already exists
 * in the group is 409 with {@code x-amzn-ErrorType: ConflictException} and {@code {"Message": "…"}}.</li>
 * <li>Lambda {@code Invoke}: {@code POST /2015-03-31/functions/{FunctionName}/invocations}, header
 * {@code X-Amz-Invocation-Type: Event}; 202 with an empty body.</li>
 * </ul>
 * The schedules it holds are the group's (it never fires them: the test sweeps at the time instead).
 */
final class SweepAwsEndpoint implements AutoCloseable {

    record Created(String name, String body) {
    }

    record Invoked(String function, String invocationType, String payload) {
    }

    private final HttpServer server;
    private final Set<String> schedules = ConcurrentHashMap.newKeySet();
    private final List<Created> created = new CopyOnWriteArrayList<>();
    private final List<Created> refused = new CopyOnWriteArrayList<>();
    private final List<Invoked> invoked = new CopyOnWriteArrayList<>();

    SweepAwsEndpoint() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/schedules/", this::createSchedule);
        server.createContext("/2015-03-31/functions/", this::invoke);
        server.start();
    }

    private void createSchedule(HttpExchange exchange) throws IOException {
        String name = URLDecoder.decode(exchange.getRequestURI().getRawPath().substring("/schedules/".length()),
                StandardCharsets.UTF_8);
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (!"POST".equals(exchange.getRequestMethod())) {
            answer(exchange, 405, null, "{\"Message\":\"only CreateSchedule is answered here\"}");
        } else if (!schedules.add(name)) {
            refused.add(new Created(name, body));
            answer(exchange, 409, "ConflictException", "{\"Message\":\"Schedule " + name + " already exists.\"}");
        } else {
            created.add(new Created(name, body));
            answer(exchange, 200, null, "{\"ScheduleArn\":\"arn:aws:scheduler:ap-northeast-1:123456789012:schedule/"
                    + "resas-ops-sweep/" + name + "\"}");
        }
    }

    private void invoke(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String function = URLDecoder.decode(path.substring("/2015-03-31/functions/".length(),
                path.length() - "/invocations".length()), StandardCharsets.UTF_8);
        invoked.add(new Invoked(function, exchange.getRequestHeaders().getFirst("X-Amz-Invocation-Type"),
                new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        exchange.getResponseHeaders().add("x-amzn-RequestId", "00000000-0000-0000-0000-000000000001");
        exchange.sendResponseHeaders(202, -1);
        exchange.close();
    }

    private static void answer(HttpExchange exchange, int status, String errorType, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("x-amzn-RequestId", "00000000-0000-0000-0000-000000000000");
        if (errorType != null) {
            exchange.getResponseHeaders().add("x-amzn-ErrorType", errorType);
        }
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    List<Created> created() {
        return List.copyOf(created);
    }

    List<Created> refused() {
        return List.copyOf(refused);
    }

    List<Invoked> invoked() {
        return List.copyOf(invoked);
    }

    /** Forgets what was asked, and the schedules held (as if they had fired: one-time, deleted after completion). */
    void forget() {
        schedules.clear();
        created.clear();
        refused.clear();
        invoked.clear();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
