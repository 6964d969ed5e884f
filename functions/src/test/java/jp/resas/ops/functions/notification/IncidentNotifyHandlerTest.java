package jp.resas.ops.functions.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import jp.resas.ops.functions.platform.InProcessContext;
import jp.resas.ops.functions.platform.LambdaPlatform;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.functions.platform.MigratedDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code incident-notify} as Lambda starts it: the chat webhook's URL comes from the secret named in the
 * environment (read at the first send, not at start), links from {@code RESAS_PORTAL_BASE_URL}; pages
 * reach a local Slack-compatible endpoint. A failing endpoint fails the invocation, and the page waits.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IncidentNotifyHandlerTest {

    private static final String SECRET_ARN = "arn:aws:secretsmanager:ap-northeast-1:123456789012:secret:chat-AbCdEf";

    private final List<String> posts = new CopyOnWriteArrayList<>();
    private final List<String> secretReads = new CopyOnWriteArrayList<>();
    private final AtomicInteger status = new AtomicInteger(200);
    private HttpServer chat;
    private ApplicationContext context;
    private IncidentNotifyHandler handler;

    @BeforeAll
    void start() throws IOException {
        chat = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        chat.createContext("/services/T000/B000/XXXX", exchange -> {
            posts.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = (status.get() == 200 ? "ok" : "no_service").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status.get(), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        chat.start();
        String url = "http://127.0.0.1:" + chat.getAddress().getPort() + "/services/T000/B000/XXXX";
        context = LambdaPlatform.start(Map.of("RESAS_DB_URL", MigratedDatabase.newDatabase(), "RESAS_DB_USER", "postgres",
                "RESAS_DB_PASSWORD", "postgres", "RESAS_CHAT_WEBHOOK_SECRET_ARN", SECRET_ARN,
                "RESAS_PORTAL_BASE_URL", "https://ops.example.jp"), (arn, host, db) -> {
                    throw new AssertionError("no database secret should be read");
                }, arn -> {
                    secretReads.add(arn);
                    return "{\"url\":\"" + url + "\"}";
                });
        handler = new IncidentNotifyHandler(context);
    }

    @AfterAll
    void stop() {
        context.close();
        chat.stop(0);
    }

    private long incident(String alarm) {
        return context.getBean(Sql.class).queryOne("INSERT INTO incident (title, severity, status, source, alarm_arn, "
                + "alarm_name, opened_at) VALUES (?, 1, 'DETECTED', 'ALARM', ?, ?, ?) RETURNING id", row -> row.getLong(1),
                "CloudWatch アラーム: " + alarm, "arn:aws:cloudwatch:ap-northeast-1:210987654321:alarm:" + alarm, alarm,
                Instant.now()).orElseThrow();
    }

    @Test
    void aPage_goesToTheChatWebhookReadFromTheSecret_withThePortalLink() {
        assertThat(secretReads).as("not read at start").isEmpty();
        long id = incident("RESAS-Api-5xx-" + System.nanoTime());

        Map<String, Object> result = handler.handleRequest(Map.of(), new InProcessContext("incident-notify"));

        assertThat(result).containsEntry("paged", 1).containsEntry("delivered", 1).containsEntry("undelivered", 0);
        assertThat(secretReads).containsExactly(SECRET_ARN);
        assertThat(posts).singleElement().asString().startsWith("{\"text\":\"*[RESAS Ops] SEV1 incident #" + id)
                .contains("https://ops.example.jp/portal/incidents/" + id);
    }

    @Test
    void aRefusingWebhook_failsTheInvocation_andThePageWaitsInTheOutbox() {
        status.set(404);
        try {
            long id = incident("RESAS-Web-Down-" + System.nanoTime());

            assertThatThrownBy(() -> handler.handleRequest(Map.of(), new InProcessContext("incident-notify")))
                    .hasMessageContaining("1 notification delivery(ies) failed and are recorded");
            assertThat(context.getBean(Sql.class).queryOne("SELECT last_error FROM notification_outbox WHERE link = ? "
                    + "AND delivered_at IS NULL", row -> row.getString(1), "https://ops.example.jp/portal/incidents/" + id))
                    .hasValueSatisfying(error -> assertThat(error).contains("404", "no_service"));
        } finally {
            status.set(200);
        }
    }
}
