package jp.resas.ops.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Value;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Controllers that wait on the database run off the Netty event loop ({@code micronaut.server.thread-selection:
 * AUTO}): with the server's one event-loop thread, requests stuck behind a table lock must not stop
 * {@code /health} from answering while the lock is still held. On the event loop the health request would
 * wait for the lock (and this test would fail on its timeout).
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BlockingControllersTest implements TestPropertyProvider {

    private static final int STUCK = 3;

    @Inject
    EmbeddedServer server;

    @Value("${datasources.default.url}")
    String url;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestPlatform.properties());
        properties.put("micronaut.netty.event-loops.default.num-threads", "1");
        properties.put("micronaut.server.netty.worker.threads", "1");
        return properties;
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.getPort() + path))
                .header("Authorization", "Bearer " + TestPlatform.token("ito", "operator"))
                .timeout(Duration.ofSeconds(60)).GET().build();
    }

    @Test
    void requestsWaitingOnALock_leaveTheEventLoopFree_forHealth() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        try (Connection locker = DriverManager.getConnection(url, "postgres", "postgres");
             Statement statement = locker.createStatement()) {
            locker.setAutoCommit(false);
            statement.execute("LOCK TABLE incident IN ACCESS EXCLUSIVE MODE");
            List<CompletableFuture<HttpResponse<String>>> stuck = new ArrayList<>();
            for (int i = 0; i < STUCK; i++) {
                stuck.add(http.sendAsync(get("/incidents?limit=5"), HttpResponse.BodyHandlers.ofString()));
            }
            int waiting = 0;
            long giveUp = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (waiting < STUCK) {
                assertThat(System.nanoTime()).as("only %d of %d list requests reached the database: the others wait "
                        + "for a blocked event loop", waiting, STUCK).isLessThan(giveUp);
                try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = "
                        + "current_database() AND wait_event_type = 'Lock'")) {
                    rs.next();
                    waiting = rs.getInt(1);
                }
                assertThat(stuck).as("a list request ended while the lock was held").noneMatch(CompletableFuture::isDone);
            }

            HttpResponse<String> health = http.send(get("/health"), HttpResponse.BodyHandlers.ofString());

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(stuck).noneMatch(CompletableFuture::isDone);
            locker.rollback();
            for (CompletableFuture<HttpResponse<String>> request : stuck) {
                assertThat(request.get().statusCode()).isEqualTo(200);
            }
        }
    }
}
