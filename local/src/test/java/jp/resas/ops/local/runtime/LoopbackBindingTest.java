package jp.resas.ops.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local API listens on this machine only unless told otherwise ({@code resas-ops local --host}). */
class LoopbackBindingTest {

    @TempDir
    Path dataDir;


    private static List<InetAddress> otherAddresses() throws SocketException {
        return NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
                .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress()).toList();
    }

    @Test
    void byDefault_theApiAnswersOnLoopback_andOnNoOtherAddressOfTheMachine() throws IOException {
        try (LocalPlatform platform = LocalPlatform.serve(dataDir, LocalDatabase.open(dataDir), 0)) {
            int port = platform.port();
            assertThat(port).isPositive();
            assertThat(platform.context().getProperty("micronaut.server.host", String.class)).contains("127.0.0.1");
            new Socket("127.0.0.1", port).close();
            for (InetAddress other : otherAddresses()) {
                assertThatThrownBy(() -> new Socket(other, port).close()).as(other.toString())
                        .isInstanceOf(IOException.class);
            }
        }
    }
}
