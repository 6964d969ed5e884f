package jp.resas.ops.local.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API bench's HTTP side and its CPU meter (issue 18): what they measure, not how fast anything is. */
class BenchClientTest {

    @Test
    void get_sendsTheToken_keepsTheConnection_andRefusesAnythingButOk() throws IOException {
        List<String> seen = new CopyOnWriteArrayList<>();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            seen.add(exchange.getRequestHeaders().getFirst("Authorization") + " from " + exchange.getRemoteAddress()
                    .getPort());
            boolean refused = exchange.getRequestURI().getPath().equals("/refused");
            byte[] body = (refused ? "{\"error\":\"FORBIDDEN\"}" : "{\"items\":[]}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(refused ? 403 : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            URL ok = URI.create(base + "/incidents").toURL();
            ApiBenchCommand.get(ok, "t0k3n");
            ApiBenchCommand.get(ok, "t0k3n");

            assertThat(seen).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("Bearer t0k3n from "));
            assertThat(seen.get(1)).as("the second request on the first one's connection").isEqualTo(seen.get(0));
            assertThatThrownBy(() -> ApiBenchCommand.get(URI.create(base + "/refused").toURL(), "t0k3n"))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("answered 403")
                    .hasMessageContaining("FORBIDDEN");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void cpuMeter_countsThisJvmsWork_andNoDatabaseWhenNoneRuns(@TempDir Path data) {
        CpuMeter meter = new CpuMeter(data);
        long before = meter.nanos();
        long spin = 0;
        for (int i = 0; i < 50_000_000; i++) {
            spin += Long.hashCode(spin * 31 + i);
        }
        assertThat(spin).isNotZero();
        assertThat(meter.nanos()).isGreaterThan(before);
    }

    @Test
    void cpuMeter_addsThePostmasterNamedInItsPidFile(@TempDir Path data) throws IOException {
        Files.writeString(data.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + data + "\n");
        long alone = new CpuMeter(data.resolve("missing")).nanos();
        long counted = new CpuMeter(data).nanos();

        // The 'postmaster' is read from /proc in clock ticks (10 ms), the JVM from its own CPU clock: 0.1 s of slack.
        assertThat(counted).as("this JVM counted once as the JVM and once as the 'postmaster'")
                .isGreaterThanOrEqualTo(alone * 2 - 100_000_000L);
    }
}
