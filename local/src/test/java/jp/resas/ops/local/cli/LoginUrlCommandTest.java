package jp.resas.ops.local.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.resas.ops.local.runtime.LocalDatabase;
import jp.resas.ops.local.runtime.LocalPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `resas-ops login-url`: a one-time link to the local on the data directory, opening a session once. */
class LoginUrlCommandTest {

    @TempDir
    Path dataDir;

    @Test
    void printedUrl_opensASessionOnce_withAnHttpOnlySameSiteCookie() throws Exception {
        try (LocalPlatform platform = LocalPlatform.serve(dataDir, LocalDatabase.open(dataDir), 0)) {
            int port = platform.port();
            Files.writeString(dataDir.resolve(LoginUrlCommand.ADDRESS_FILE), "http://localhost:" + port);

            CliRun run = CliRun.of("login-url", "--user", "kato", "--groups", "operator,approver",
                    "--data-dir", dataDir.toString());

            assertThat(run.exitCode()).isZero();
            String[] lines = run.out().strip().split("\n");
            String url = lines[lines.length - 1];
            assertThat(url).startsWith("http://localhost:" + port + "/portal/login?token=");
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> first = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(first.statusCode()).isEqualTo(303);
            assertThat(first.headers().firstValue("Location")).contains("/portal/");
            String cookie = first.headers().firstValue("Set-Cookie").orElseThrow();
            assertThat(cookie).startsWith("resas_session=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");

            HttpResponse<String> dashboard = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/portal/"))
                    .header("Cookie", cookie.substring(0, cookie.indexOf(';'))).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(dashboard.statusCode()).isEqualTo(200);
            assertThat(dashboard.body()).contains("<h1>ダッシュボード</h1>").contains("kato");

            HttpResponse<String> again = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(again.statusCode()).isEqualTo(400);
            assertThat(again.body()).contains("使用済み");
            assertThat(again.headers().firstValue("Set-Cookie")).isEmpty();
        }
    }

    @Test
    void withoutARunningLocal_exitsTwoAndSaysHowToStartIt() {
        CliRun run = CliRun.of("login-url", "--user", "kato", "--groups", "operator", "--data-dir", dataDir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("No `resas-ops local` is running").contains("resas-ops local --data-dir");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownGroup_isRefused() {
        CliRun run = CliRun.of("login-url", "--user", "kato", "--groups", "root", "--data-dir", dataDir.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown group(s) [root]");
    }
}
