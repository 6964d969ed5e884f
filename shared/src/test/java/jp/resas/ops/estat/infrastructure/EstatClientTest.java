package jp.resas.ops.estat.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import jp.resas.ops.estat.EstatException;
import jp.resas.ops.estat.EstatPage;
import jp.resas.ops.estat.EstatSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client against a local HTTP server answering with the recorded e-Stat pages. */
class EstatClientTest {

    private static final String APP_ID = "secret-app-id-0123";

    private final List<String> queries = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);
    private HttpServer server;

    @AfterEach
    void stop() {
        released.countDown();
        if (server != null) {
            server.stop(0);
        }
    }

    private EstatClient serving(Function<String, String> pageFor, Duration timeout) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/rest/3.0/app/json/getStatsData", exchange -> answer(exchange, pageFor));
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
        URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/rest/3.0/app/json");
        return new EstatClient(new EstatSettings(base, APP_ID, timeout, 13));
    }

    private void answer(HttpExchange exchange, Function<String, String> pageFor) throws IOException {
        String query = exchange.getRequestURI().getQuery();
        queries.add(query);
        String page = pageFor.apply(query);
        if (page == null) {
            try {
                released.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
            return;
        }
        byte[] body = resource(page);
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    private static byte[] resource(String name) {
        try (InputStream in = EstatClientTest.class.getResourceAsStream("/estat/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String paged(String query) {
        if (query.contains("startPosition=14")) {
            return "osoekawaitlab_synthetic_getStatsData_paged_2of3.json";
        }
        return query.contains("startPosition=27") ? "osoekawaitlab_synthetic_getStatsData_paged_3of3.json"
                : "osoekawaitlab_synthetic_getStatsData_paged_1of3.json";
    }

    @Test
    void pagedTable_isFetchedByNextKey_andReconciledWithTotalNumber() throws IOException {
        EstatClient client = serving(EstatClientTest::paged, Duration.ofSeconds(5));
        List<EstatPage> pages = new ArrayList<>();
        long values = client.fetchStatsData("0000000001", Map.of(), pages::add);
        assertThat(values).isEqualTo(27);
        assertThat(pages).extracting(EstatPage::fromNumber).containsExactly(1L, 14L, 27L);
        assertThat(pages).extracting(EstatPage::values).containsExactly(13L, 13L, 1L);
        assertThat(queries).allMatch(q -> q.contains("appId=" + APP_ID) && q.contains("limit=13"));
    }

    @Test
    void errorStatus_failsWithTheApiMessage_withoutTheAppId() throws IOException {
        EstatClient client = serving(q -> "error.json", Duration.ofSeconds(5));
        assertThatThrownBy(() -> client.fetchStatsData("0000000001", Map.of(), page -> { }))
                .isInstanceOf(EstatException.class).hasMessageContaining("STATUS 100")
                .hasMessageContaining("認証に失敗しました").hasMessageNotContaining(APP_ID);
    }

    @Test
    void missingPage_isCaughtByTheTotalNumberReconciliation() throws IOException {
        EstatClient client = serving(q -> q.contains("startPosition=14")
                ? "osoekawaitlab_synthetic_getStatsData_paged_3of3.json" : paged(q), Duration.ofSeconds(5));
        assertThatThrownBy(() -> client.fetchStatsData("0000000001", Map.of(), page -> { }))
                .isInstanceOf(EstatException.class).hasMessageContaining("received 14 values but TOTAL_NUMBER is 27");
    }

    @Test
    void pageThatNeverArrives_timesOut_namingThePageButNotTheAppId() throws IOException {
        EstatClient client = serving(q -> q.contains("startPosition=14") ? null : paged(q), Duration.ofMillis(300));
        assertThatThrownBy(() -> client.fetchStatsData("0000000001", Map.of(), page -> { }))
                .isInstanceOf(EstatException.class).hasMessageContaining("page 2 did not arrive")
                .hasMessageContaining("appId=***").hasMessageNotContaining(APP_ID);
    }

    @Test
    void settings_neverPrintTheAppId() {
        assertThat(new EstatSettings(null, APP_ID, null, 0).toString()).doesNotContain(APP_ID).contains("appId=***");
    }
}
