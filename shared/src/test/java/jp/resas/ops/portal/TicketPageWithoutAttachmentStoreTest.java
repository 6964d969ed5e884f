package jp.resas.ops.portal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.Api;
import jp.resas.ops.testutils.PlatformTest;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.Test;

/**
 * Neither {@code resas.attachments.directory} nor {@code .bucket} set (the platform's test settings set
 * none): the ticket page still answers, says attachments are unavailable, and an upload is refused in
 * Japanese with nothing stored.
 */
@PlatformTest
class TicketPageWithoutAttachmentStoreTest {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    EmbeddedServer server;
    @Inject
    Sql sql;

    private final java.net.http.HttpClient browser = java.net.http.HttpClient.newHttpClient();

    private long inquiry() {
        Api.Answer opened = new Api(http).post("/inquiries", Map.of("title", "添付なしの問合せ", "priority", "LOW",
                "fields", Map.of("requesterKind", "CABINET", "channel", "EMAIL", "body", "質問です")), "viewer-a", "viewer");
        assertThat(opened.status()).as(opened.body().toString()).isEqualTo(201);
        return opened.id();
    }

    private HttpRequest.Builder page(String path, String user, String... groups) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + server.getPort() + path))
                .header("Cookie", "resas_session=" + TestPlatform.token(user, groups));
    }

    @Test
    void ticketPage_answers_andSaysAttachmentsAreUnavailable_withNoUploadForm() throws Exception {
        long id = inquiry();

        HttpResponse<String> page = browser.send(page("/portal/inquiries/" + id, "sato", "operator").GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("添付ファイルの保存先が設定されていないため、添付ファイルは表示・添付できません。")
                .contains("添付なしの問合せ").doesNotContain("添付ファイルはありません。").doesNotContain("name=\"file\"");
    }

    @Test
    void upload_isRefusedInJapanese_andNothingIsStored() throws Exception {
        long id = inquiry();
        String boundary = "----resas-test-boundary";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"memo.txt\"\r\n"
                + "Content-Type: text/plain\r\n\r\nメモ\r\n--" + boundary + "--\r\n";
        String origin = "http://localhost:" + server.getPort();

        HttpResponse<String> refused = browser.send(page("/portal/inquiries/" + id + "/attachments", "sato", "operator")
                .header("Origin", origin).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("添付ファイルの保存先が設定されていないため、ファイルを添付できません。");
        assertThat(sql.queryOne("SELECT count(*) FROM ticket_attachment", row -> row.getLong(1))).contains(0L);

        HttpResponse<String> download = browser.send(page("/portal/inquiries/" + id + "/attachments/1", "sato",
                "operator").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(download.statusCode()).isEqualTo(404);
    }
}
