package jp.resas.ops.attachment.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import jp.resas.ops.attachment.Attachment;
import jp.resas.ops.attachment.AttachmentStore;
import jp.resas.ops.attachment.Sha256;
import jp.resas.ops.attachment.Upload;
import jp.resas.ops.common.Actor;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.NotFoundException;
import jp.resas.ops.platform.jdbc.Sql;
import jp.resas.ops.testutils.Api;
import jp.resas.ops.testutils.TestPlatform;
import jp.resas.ops.ticket.TicketId;
import jp.resas.ops.ticket.TicketKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The write order that keeps an attachment whole, on the real database: checks, then the object, then
 * the row, timeline entry and audit entry in one transaction. The object store is the real directory
 * store; only its outage is simulated, and a failing row insert is a PostgreSQL trigger.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AttachmentWriteOrderTest implements TestPropertyProvider {

    private final Path directory = temporaryDirectory();
    private final OutageSwitch outage = new OutageSwitch(new DirectoryAttachmentStore(directory));

    @Inject
    AttachmentService attachments;
    @Inject
    Sql sql;
    @Inject
    @Client("/")
    HttpClient http;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new java.util.HashMap<>(TestPlatform.properties());
        properties.put("resas.attachments.directory", directory.toString());
        properties.put("resas.attachments.max-bytes", "1024");
        return properties;
    }

    @MockBean(AttachmentStore.class)
    AttachmentStore store() {
        return outage;
    }

    /** The object store as it is, or unreachable. */
    static final class OutageSwitch implements AttachmentStore {
        private final AttachmentStore store;
        volatile boolean down;

        OutageSwitch(AttachmentStore store) {
            this.store = store;
        }

        @Override
        public void put(String key, byte[] content, String sha256) {
            if (down) {
                throw new IllegalStateException("object store unavailable");
            }
            store.put(key, content, sha256);
        }

        @Override
        public Optional<byte[]> get(String key) {
            return store.get(key);
        }

        @Override
        public void delete(String key) {
            store.delete(key);
        }
    }

    private TicketId inquiry() {
        return new TicketId(new Api(http).post("/inquiries", Map.of("title", "出典の確認", "priority", "LOW", "fields",
                Map.of("requesterKind", "CABINET", "channel", "EMAIL", "body", "資料を添付します")), "yamada", "viewer").id());
    }

    private static Upload pdf(String name, String text) {
        return new Upload(name, "application/pdf", ("%PDF-1.7 " + text).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private int count(String query, Object... params) {
        return sql.queryOne(query, row -> row.getInt(1), params).orElseThrow();
    }

    private List<String> traces(TicketId id) {
        return List.of(
                count("SELECT count(*) FROM ticket_attachment WHERE ticket_id = ?", id.value()) + " rows",
                count("SELECT count(*) FROM ticket_timeline WHERE ticket_id = ? AND kind = 'ATTACHED'", id.value())
                        + " timeline",
                count("SELECT count(*) FROM audit_log WHERE action = 'inquiry.attach' AND target_id = ?",
                        String.valueOf(id.value())) + " audit");
    }

    private boolean stored(Upload upload) {
        return Files.exists(directory.resolve("sha256").resolve(Sha256.hex(upload.content())));
    }

    @Test
    void attach_storesTheObjectUnderItsHash_thenTheRow_timelineAndAudit() {
        TicketId id = inquiry();
        Upload upload = pdf("回答.pdf", "attach");

        Attachment saved = attachments.attach(TicketKind.INQUIRY, id, upload, new Actor("yamada", "10.0.0.1"));

        assertThat(saved.sha256()).isEqualTo(Sha256.hex(upload.content()));
        assertThat(stored(upload)).isTrue();
        assertThat(traces(id)).containsExactly("1 rows", "1 timeline", "1 audit");
    }

    @Test
    void objectStoreDown_noRowNoTimelineNoAudit() {
        TicketId id = inquiry();
        Upload upload = pdf("回答.pdf", "store down");
        outage.down = true;
        try {
            assertThatThrownBy(() -> attachments.attach(TicketKind.INQUIRY, id, upload, new Actor("yamada", "t")))
                    .hasMessage("object store unavailable");
        } finally {
            outage.down = false;
        }

        assertThat(stored(upload)).isFalse();
        assertThat(traces(id)).containsExactly("0 rows", "0 timeline", "0 audit");
    }

    @Test
    void rowInsertFails_leavesAtMostTheObject_whichARetryReuses() {
        TicketId id = inquiry();
        Upload upload = pdf("回答.pdf", "insert fails");
        sql.update("""
                CREATE OR REPLACE FUNCTION refuse_attachment() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN RAISE EXCEPTION 'database refused the row'; END $$""");
        sql.update("CREATE TRIGGER refuse_attachment BEFORE INSERT ON ticket_attachment FOR EACH ROW "
                + "EXECUTE FUNCTION refuse_attachment()");
        try {
            assertThatThrownBy(() -> attachments.attach(TicketKind.INQUIRY, id, upload, new Actor("yamada", "t")))
                    .hasStackTraceContaining("database refused the row");
            assertThat(stored(upload)).isTrue();
            assertThat(traces(id)).containsExactly("0 rows", "0 timeline", "0 audit");
        } finally {
            sql.update("DROP TRIGGER refuse_attachment ON ticket_attachment");
        }

        attachments.attach(TicketKind.INQUIRY, id, upload, new Actor("yamada", "t"));

        assertThat(traces(id)).containsExactly("1 rows", "1 timeline", "1 audit");
        assertThat(objectsNamed(Sha256.hex(upload.content()))).isEqualTo(1);
    }

    @Test
    void badUploadOrUnknownTicket_writesNothing() {
        TicketId id = inquiry();
        Actor actor = new Actor("y", "t");

        assertThatThrownBy(() -> attachments.attach(TicketKind.INQUIRY, id, new Upload("../x.pdf", null, new byte[] {1}),
                actor)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> attachments.attach(TicketKind.INQUIRY, id, new Upload("big.bin", null, new byte[1025]),
                actor)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> attachments.attach(TicketKind.INQUIRY, new TicketId(id.value() + 1000),
                pdf("a.pdf", "unknown"), actor)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> attachments.attach(TicketKind.ISSUE, id, pdf("a.pdf", "wrong kind"), actor))
                .isInstanceOf(NotFoundException.class);

        assertThat(stored(pdf("a.pdf", "unknown"))).isFalse();
        assertThat(stored(pdf("a.pdf", "wrong kind"))).isFalse();
        assertThat(traces(id)).containsExactly("0 rows", "0 timeline", "0 audit");
    }

    private long objectsNamed(String hash) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(path -> path.getFileName().toString().equals(hash)).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporaryDirectory() {
        try {
            return Files.createTempDirectory("attachments-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
