package jp.resas.ops.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL cannot bind port 0, so the local server's port is chosen before it binds: another process taking that
 * port first (held here on both loopback addresses) makes the start try another port, a bounded number of times.
 */
class PostgresPortConflictTest {

    @TempDir
    Path dataDir;

    @Test
    void theFirstPortTaken_theServerStartsOnTheNextOne() throws Exception {
        try (Held taken = Held.anyPort()) {
            AtomicInteger asked = new AtomicInteger();
            int[] ports = {taken.port, free()};
            OwnedPostgres server = OwnedPostgres.start(dataDir, false, () -> ports[Math.min(asked.getAndIncrement(), 1)]);
            try {
                assertThat(asked.get()).isEqualTo(2);
                assertThat(server.port()).isEqualTo(ports[1]).isNotEqualTo(taken.port);
                try (Connection connection = server.connect("postgres")) {
                    assertThat(connection.isValid(5)).isTrue();
                }
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void everyPortTaken_theStartFailsAfterItsAttempts_namingThePorts() throws Exception {
        try (Held taken = Held.anyPort()) {
            AtomicInteger asked = new AtomicInteger();
            IntSupplier always = () -> {
                asked.incrementAndGet();
                return taken.port;
            };

            assertThatThrownBy(() -> OwnedPostgres.start(dataDir, false, always))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("ports [" + taken.port + ", " + taken.port)
                    .hasMessageContaining("taken by another process");
            assertThat(asked.get()).isEqualTo(OwnedPostgres.START_ATTEMPTS);
        }
    }

    /** A port the system gives for this test's second choice (the race this closes does not matter here). */
    private static int free() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    /** A port held on 127.0.0.1 and, where the machine has IPv6, on ::1: PostgreSQL's {@code localhost}. */
    private record Held(int port, List<ServerSocket> sockets) implements AutoCloseable {

        static Held anyPort() throws IOException {
            ServerSocket v4 = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
            List<ServerSocket> sockets = new ArrayList<>(List.of(v4));
            try {
                sockets.add(new ServerSocket(v4.getLocalPort(), 1, InetAddress.getByName("::1")));
            } catch (BindException e) {
                // no IPv6 loopback here (PostgreSQL cannot bind it either), or ::1's port is someone else's
            }
            return new Held(v4.getLocalPort(), sockets);
        }

        @Override
        public void close() throws IOException {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
        }
    }
}
