package jp.resas.ops.attachment.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.Api;
import jp.resas.ops.testutils.Api.Answer;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Attachments cannot fill the store, carry deceptive names, or vanish without a trace. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttachmentQuotaApiTest implements TestPropertyProvider {

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
        properties.put("resas.attachments.quota.per-ticket-files", "2");
        properties.put("resas.attachments.quota.per-ticket-bytes", "100");
        properties.put("resas.attachments.quota.per-user-bytes", "150");
        return properties;
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("attachments-quota-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Api api() {
        return new Api(http);
    }

    private long inquiry(String user) {
        return api().post("/inquiries", Map.of("title", "資料", "priority", "LOW", "fields", Map.of(
                "requesterKind", "CABINET", "channel", "EMAIL", "body", "添付します")), user, "viewer").id();
    }

    private Answer upload(long id, String name, int size, String user) {
        byte[] content = new byte[size];
        java.util.Arrays.fill(content, (byte) ('a' + name.length() % 26));
        content[0] = (byte) System.nanoTime();
        return api().send(HttpRequest.POST("/inquiries/" + id + "/attachments?filename="
                + URLEncoder.encode(name, StandardCharsets.UTF_8), content).contentType("text/plain"), user, "viewer");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"\u202Etxt.exe", "con", "CON.txt", "lpt1", ".htaccess", "a\u200Bb.txt", "報告\u2066書.pdf"})
    void deceptiveOrReservedNames_areRefused(String name) {
        Answer refused = upload(inquiry("name-user"), name, 10, "name-user");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.get("field").asText()).isEqualTo("filename");
    }

    @Test
    void perTicketQuota_refusesTheFileTooMany_andTheBytesTooMany() {
        long id = inquiry("quota-a");
        assertThat(upload(id, "1.txt", 40, "quota-a").status()).isEqualTo(201);
        assertThat(upload(id, "2.txt", 70, "quota-b").get("error").asText()).as("110 > 100 bytes")
                .isEqualTo("QUOTA_EXCEEDED");
        assertThat(upload(id, "2.txt", 40, "quota-b").status()).isEqualTo(201);

        Answer third = upload(id, "3.txt", 1, "quota-c");

        assertThat(third.status()).isEqualTo(409);
        assertThat(third.get("error").asText()).isEqualTo("QUOTA_EXCEEDED");
        assertThat(sql.queryOne("SELECT count(*) FROM ticket_attachment WHERE ticket_id = ?", row -> row.getInt(1), id))
                .contains(2);
    }

    @Test
    void perUserQuota_countsEveryTicket_andADeletionFreesIt() {
        Answer first = upload(inquiry("heavy"), "a.txt", 90, "heavy");
        long second = inquiry("heavy");

        Answer refused = upload(second, "b.txt", 90, "heavy");
        assertThat(refused.get("error").asText()).isEqualTo("QUOTA_EXCEEDED");

        String href = first.get("href").asText();
        assertThat(api().delete(href, "heavy", "viewer").status()).isEqualTo(204);
        assertThat(upload(second, "b.txt", 90, "heavy").status()).isEqualTo(201);
    }

    /**
     * Eight uploads of 40 bytes by one user, at once, each to a ticket of its own (so no ticket lock
     * orders them): the 150-byte user quota lets exactly three through, the rest are 409 QUOTA_EXCEEDED,
     * and the stored total never exceeds the quota.
     */
    @Test
    void perUserQuota_holdsAcrossConcurrentUploadsToDifferentTickets() throws Exception {
        List<Long> tickets = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            tickets.add(inquiry("racer"));
        }
        CyclicBarrier start = new CyclicBarrier(tickets.size());
        ExecutorService pool = Executors.newFixedThreadPool(tickets.size());
        try {
            List<Future<Answer>> answers = new ArrayList<>();
            for (long ticket : tickets) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return upload(ticket, "race.txt", 40, "racer");
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Answer> answer : answers) {
                Answer a = answer.get();
                statuses.add(a.status());
                if (a.status() == 409) {
                    assertThat(a.get("error").asText()).isEqualTo("QUOTA_EXCEEDED");
                }
            }
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(3);
            assertThat(statuses).filteredOn(s -> s == 409).hasSize(5);
        } finally {
            pool.shutdownNow();
        }
        assertThat(sql.queryOne("SELECT coalesce(sum(size_bytes), 0) FROM ticket_attachment WHERE uploaded_by = 'racer' "
                + "AND deleted_at IS NULL", row -> row.getLong(1))).contains(120L);
    }

    @Test
    void delete_byAnotherViewer_is403_byTheUploaderOrAnOperator_isAudited_andTheFileIsKept() throws IOException {
        long id = inquiry("owner-1");
        Answer mine = upload(id, "mine.txt", 10, "owner-1");
        Answer other = upload(id, "other.txt", 10, "owner-1");
        long filesBefore;
        try (var files = Files.walk(directory)) {
            filesBefore = files.filter(Files::isRegularFile).count();
        }

        Answer stranger = api().delete(mine.get("href").asText(), "stranger", "viewer");
        Answer byUploader = api().delete(mine.get("href").asText(), "owner-1", "viewer");
        Answer byOperator = api().delete(other.get("href").asText(), "sato", "operator");

        assertThat(stranger.status()).isEqualTo(403);
        assertThat(stranger.get("error").asText()).isEqualTo("FORBIDDEN");
        assertThat(byUploader.status()).isEqualTo(204);
        assertThat(byOperator.status()).isEqualTo(204);
        assertThat(api().get("/inquiries/" + id + "/attachments", "k", "viewer").get("items")).isEmpty();
        assertThat(api().get(mine.get("href").asText(), "k", "viewer").status()).isEqualTo(404);
        assertThat(api().delete(mine.get("href").asText(), "owner-1", "viewer").status()).isEqualTo(404);
        assertThat(sql.queryOne("SELECT count(*) FROM ticket_attachment WHERE ticket_id = ? AND deleted_by IS NOT NULL",
                row -> row.getInt(1), id)).contains(2);
        assertThat(sql.queryOne("SELECT count(*) FROM audit_log WHERE action = 'inquiry.attachment.delete' AND target_id = ?",
                row -> row.getInt(1), String.valueOf(id))).contains(2);
        try (var files = Files.walk(directory)) {
            assertThat(files.filter(Files::isRegularFile).count()).as("objects kept for retention").isEqualTo(filesBefore);
        }
    }
}
