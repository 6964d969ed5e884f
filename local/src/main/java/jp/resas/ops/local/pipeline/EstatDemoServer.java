package jp.resas.ops.local.pipeline;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import jp.resas.ops.dataset.ProcessingSpecs;

/**
 * A stand-in for the e-Stat API on localhost for the demo: getStatsData answers the shipped sample pages
 * (page 2 from startPosition 31, as NEXT_KEY says), so the real client pages through it.
 */
final class EstatDemoServer implements AutoCloseable {

    private final HttpServer server;

    EstatDemoServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/rest/3.0/app/json/getStatsData", exchange -> {
            String query = exchange.getRequestURI().getQuery();
            String page = query != null && query.contains("startPosition=31") ? "census-population_p2.json" : "census-population_p1.json";
            byte[] body;
            try (InputStream in = ProcessingSpecs.sample(page)) {
                body = in.readAllBytes();
            }
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/rest/3.0/app/json";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
