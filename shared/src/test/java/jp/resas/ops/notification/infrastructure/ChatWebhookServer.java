package jp.resas.ops.notification.infrastructure;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A chat incoming webhook as Slack answers it: {@code 200 ok} for a good JSON payload; the failures
 * queued with {@link #failWith} first ({@code 500 internal_error}, {@code 429} with Retry-After,
 * {@code 404 no_service}: Slack's documented error bodies), then {@code ok} again.
 */
final class ChatWebhookServer implements AutoCloseable {

    /** A request as received. */
    record Received(String method, String contentType, String body) {
    }

    private record Failure(int status, String body, String retryAfter) {
    }

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Deque<Failure> failures = new ArrayDeque<>();
    private volatile boolean down;

    ChatWebhookServer() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/services/T000/B000/XXXX", exchange -> {
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestHeaders().getFirst("Content-Type"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            Failure failure;
            synchronized (failures) {
                failure = down ? new Failure(503, "service_unavailable", null) : failures.poll();
            }
            int status = failure == null ? 200 : failure.status();
            byte[] body = (failure == null ? "ok" : failure.body()).getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/plain; charset=utf-8");
            if (failure != null && failure.retryAfter() != null) {
                exchange.getResponseHeaders().add("Retry-After", failure.retryAfter());
            }
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/services/T000/B000/XXXX");
    }

    ChatWebhookServer failWith(int status, String body, String retryAfter, int times) {
        synchronized (failures) {
            for (int i = 0; i < times; i++) {
                failures.add(new Failure(status, body, retryAfter));
            }
        }
        return this;
    }

    /** Every request fails with 503 until {@code down(false)}. */
    void down(boolean down) {
        this.down = down;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
