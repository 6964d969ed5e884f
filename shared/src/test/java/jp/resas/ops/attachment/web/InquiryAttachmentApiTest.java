package jp.resas.ops.attachment.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import jp.resas.ops.attachment.Sha256;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.Api;
import jp.resas.ops.testutils.Api.Answer;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InquiryAttachmentApiTest implements TestPropertyProvider {

    private static final byte[] PDF = "%PDF-1.7 回答書".getBytes(StandardCharsets.UTF_8);

    private final Path directory = temporaryDirectory();

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Sql sql;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new java.util.HashMap<>(TestPlatform.properties());
        properties.put("resas.attachments.directory", directory.toString());
        properties.put("resas.attachments.max-bytes", "1024");
        return properties;
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("attachments-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @AfterAll
    void removeTheFiles() throws IOException {
        try (var files = Files.walk(directory)) {
            for (Path path : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private Api api() {
        return new Api(http);
    }

    private long inquiry() {
        return api().post("/inquiries", Map.of("title", "出典の確認", "priority", "LOW", "fields", Map.of(
                "requesterKind", "CABINET", "channel", "EMAIL", "body", "資料を添付します")), "yamada", "viewer").id();
    }

    private Answer uploadPart(long id, String name, String type, byte[] content, String group) {
        MultipartBody body = MultipartBody.builder().addPart("file", name, MediaType.of(type), content).build();
        return api().send(HttpRequest.POST("/inquiries/" + id + "/attachments", body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), "yamada", group);
    }

    private Answer uploadRaw(long id, String name, String type, byte[] content) {
        String query = name == null ? "" : "?filename=" + URLEncoder.encode(name, StandardCharsets.UTF_8);
        return api().send(HttpRequest.POST("/inquiries/" + id + "/attachments" + query, content).contentType(type),
                "sato", "operator");
    }

    private HttpResponse<byte[]> download(String href) {
        return http.toBlocking().exchange(HttpRequest.GET(href).bearerAuth(TestPlatform.token("k", "viewer")),
                byte[].class);
    }

    @Test
    void multipartUpload_isListed_downloadable_onTheTimeline_andAudited() {
        // given
        long id = inquiry();

        // when
        Answer uploaded = uploadPart(id, "回答書 (案).pdf", "application/pdf", PDF, "viewer");

        // then
        assertThat(uploaded.status()).isEqualTo(201);
        assertThat(uploaded.get("fileName").asText()).isEqualTo("回答書 (案).pdf");
        assertThat(uploaded.get("contentType").asText()).isEqualTo("application/pdf");
        assertThat(uploaded.get("size").asLong()).isEqualTo(PDF.length);
        assertThat(uploaded.get("sha256").asText()).isEqualTo(Sha256.hex(PDF));
        assertThat(uploaded.get("uploadedBy").asText()).isEqualTo("yamada");
        Answer list = api().get("/inquiries/" + id + "/attachments", "k", "viewer");
        assertThat(list.get("items")).hasSize(1);
        HttpResponse<byte[]> file = download(uploaded.get("href").asText());
        assertThat(file.body()).isEqualTo(PDF);
        assertThat(file.getContentType()).hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo("application/pdf"));
        assertThat(file.header("Content-Disposition")).startsWith("attachment;")
                .contains("filename*=UTF-8''%E5%9B%9E%E7%AD%94%E6%9B%B8%20%28%E6%A1%88%29.pdf");
        assertThat(file.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(Files.exists(directory.resolve("sha256").resolve(Sha256.hex(PDF)))).isTrue();
        assertThat(api().get("/inquiries/" + id, "k", "viewer").get("timeline").get(1).get("kind").asText())
                .isEqualTo("ATTACHED");
        assertThat(sql.queryOne("SELECT details->>'fileName' FROM audit_log WHERE action = 'inquiry.attach' "
                + "AND target_id = ?", row -> row.getString(1), String.valueOf(id))).contains("回答書 (案).pdf");
    }

    @Test
    void rawBodyUpload_takesTheNameFromTheQuery_andTheTypeFromTheHeader() {
        long id = inquiry();
        byte[] csv = "市区町村コード,人口\n13101,66680\n".getBytes(StandardCharsets.UTF_8);

        Answer uploaded = uploadRaw(id, "人口.csv", "text/csv", csv);

        assertThat(uploaded.status()).isEqualTo(201);
        assertThat(uploaded.get("fileName").asText()).isEqualTo("人口.csv");
        assertThat(uploaded.get("contentType").asText()).isEqualTo("text/csv");
        assertThat(download(uploaded.get("href").asText()).body()).isEqualTo(csv);
    }

    @Test
    void badUploads_are400NamingTheField_andWriteNothing() {
        long id = inquiry();

        assertThat(uploadRaw(id, null, "text/plain", PDF).get("field").asText()).isEqualTo("filename");
        assertThat(uploadRaw(id, "../../etc/passwd", "text/plain", PDF).get("field").asText()).isEqualTo("filename");
        Answer tooLarge = uploadPart(id, "big.bin", "application/octet-stream", new byte[1025], "viewer");
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.get("field").asText()).isEqualTo("file");
        assertThat(tooLarge.get("message").asText()).contains("1024 バイトまで");
        assertThat(uploadRaw(id, "empty.txt", "text/plain", new byte[0]).get("field").asText()).isEqualTo("file");
        assertThat(sql.queryOne("SELECT count(*) FROM ticket_attachment WHERE ticket_id = ?", row -> row.getInt(1), id))
                .contains(0);
    }

    @Test
    void unknownInquiryOrAttachment_is404() {
        long id = inquiry();
        long other = inquiry();
        long attachment = uploadRaw(other, "a.txt", "text/plain", PDF).id();

        assertThat(uploadRaw(999_999, "a.txt", "text/plain", PDF).status()).isEqualTo(404);
        assertThat(api().get("/inquiries/999999/attachments", "k", "viewer").status()).isEqualTo(404);
        assertThat(api().get("/inquiries/" + id + "/attachments/" + attachment, "k", "viewer").status()).isEqualTo(404);
    }

    @Test
    void withoutARole_is403() {
        long id = inquiry();

        assertThat(uploadPart(id, "a.pdf", "application/pdf", PDF, "").status()).isEqualTo(403);
        assertThat(api().get("/inquiries/" + id + "/attachments", "k").status()).isEqualTo(403);
    }
}
