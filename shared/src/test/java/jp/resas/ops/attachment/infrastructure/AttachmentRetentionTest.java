package jp.resas.ops.attachment.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import jp.resas.ops.attachment.PurgingAttachments;
import jp.resas.ops.attachment.Sha256;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.Api;
import jp.resas.ops.testutils.Api.Answer;
import jp.resas.ops.testutils.TestPlatform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A deleted attachment's object goes when its retention ends, never before, never while another file
 * within retention shares its bytes; the row stays, marked purged; every purge is audited once.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttachmentRetentionTest implements TestPropertyProvider {

    private static final int RETENTION_DAYS = 30;

    private final Path directory = temporaryDirectory();

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    Sql sql;
    @Inject
    AttachmentService attachments;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestPlatform.properties());
        properties.put("resas.attachments.directory", directory.toString());
        properties.put("resas.attachments.retention-days", String.valueOf(RETENTION_DAYS));
        return properties;
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("attachments-retention-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Api api() {
        return new Api(http);
    }

    private long inquiry() {
        return api().post("/inquiries", Map.of("title", "資料", "priority", "LOW", "fields", Map.of(
                "requesterKind", "CABINET", "channel", "EMAIL", "body", "添付します")), "keeper", "viewer").id();
    }

    private Answer upload(long inquiry, String text) {
        Answer answer = api().send(HttpRequest.POST("/inquiries/" + inquiry + "/attachments?filename=a.txt",
                text.getBytes(StandardCharsets.UTF_8)).contentType("text/plain"), "keeper", "viewer");
        assertThat(answer.status()).isEqualTo(201);
        return answer;
    }

    /** Deletes through the API, then moves the deletion {@code daysAgo} into the past. */
    private long deleted(Answer file, long daysAgo) {
        assertThat(api().delete(file.get("href").asText(), "keeper", "viewer").status()).isEqualTo(204);
        sql.update("UPDATE ticket_attachment SET deleted_at = ? WHERE id = ?",
                Instant.now().minus(Duration.ofDays(daysAgo)), file.id());
        return file.id();
    }

    private Path object(String text) {
        return directory.resolve("sha256").resolve(Sha256.hex(text.getBytes(StandardCharsets.UTF_8)));
    }

    private Instant purgedAt(long id) {
        return sql.queryOne("SELECT purged_at FROM ticket_attachment WHERE id = ?",
                row -> java.util.Optional.ofNullable(Sql.instant(row, "purged_at")), id).orElseThrow().orElse(null);
    }

    private int audits(long id) {
        return sql.queryOne("SELECT count(*) FROM audit_log WHERE action = 'attachment.purge' "
                + "AND details->>'attachmentId' = ?", row -> row.getInt(1), String.valueOf(id)).orElseThrow();
    }

    @Test
    void purge_removesOnlyWhatRetentionNoLongerCovers_keepsTheRow_auditsOnce_andIsIdempotent() {
        long ticket = inquiry();
        long other = inquiry();
        long expired = deleted(upload(ticket, "expired"), RETENTION_DAYS + 1);
        long recent = deleted(upload(ticket, "recent"), RETENTION_DAYS - 1);
        Answer live = upload(ticket, "live");
        // Same bytes, one object: the expired row goes, the object stays for the file still within retention.
        long sharedExpired = deleted(upload(ticket, "shared"), RETENTION_DAYS + 5);
        long sharedRecent = deleted(upload(other, "shared"), 1);
        // Same bytes as a live file: the object stays for it.
        long reusedExpired = deleted(upload(ticket, "reused"), RETENTION_DAYS + 5);
        upload(other, "reused");

        PurgingAttachments.Purged first = attachments.purge();

        assertThat(purgedAt(expired)).isNotNull();
        assertThat(purgedAt(sharedExpired)).isNotNull();
        assertThat(purgedAt(reusedExpired)).isNotNull();
        assertThat(purgedAt(recent)).isNull();
        assertThat(purgedAt(sharedRecent)).isNull();
        assertThat(purgedAt(live.id())).isNull();
        assertThat(object("expired")).doesNotExist();
        assertThat(object("recent")).exists();
        assertThat(object("live")).exists();
        assertThat(object("shared")).exists();
        assertThat(object("reused")).exists();
        assertThat(first.files()).isGreaterThanOrEqualTo(3);
        assertThat(audits(expired)).isEqualTo(1);
        assertThat(sql.queryOne("SELECT details->>'objectRemoved' FROM audit_log WHERE action = 'attachment.purge' "
                + "AND details->>'attachmentId' = ?", row -> row.getString(1), String.valueOf(sharedExpired)))
                .contains("false");
        assertThat(attachments.download(jp.resas.ops.ticket.TicketKind.INQUIRY, new jp.resas.ops.ticket.TicketId(ticket),
                live.id()).content()).asString(StandardCharsets.UTF_8).isEqualTo("live");

        PurgingAttachments.Purged second = attachments.purge();

        assertThat(second).isEqualTo(new PurgingAttachments.Purged(0, 0));
        assertThat(audits(expired)).isEqualTo(1);
        assertThat(sql.queryOne("SELECT count(*) FROM ticket_attachment WHERE id = ?", row -> row.getInt(1), expired))
                .as("the row stays as the record").contains(1);
    }

    @Test
    void aFileDeletedLater_isPurgedOnlyOnceItsOwnRetentionEnds() {
        long ticket = inquiry();
        long first = deleted(upload(ticket, "twice"), RETENTION_DAYS + 2);
        attachments.purge();
        assertThat(object("twice")).doesNotExist();

        long again = deleted(upload(ticket, "twice"), 2);
        attachments.purge();

        assertThat(purgedAt(first)).isNotNull();
        assertThat(purgedAt(again)).isNull();
        assertThat(object("twice")).as("uploaded again after the purge, within retention").exists();
    }
}
