package jp.resas.ops.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.common.Actor;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.NotFoundException;
import jp.resas.ops.ticket.TicketId;
import jp.resas.ops.ticket.TicketKind;
import org.junit.jupiter.api.Test;

/** The write order that keeps an attachment whole: checks, then the object, then the row. */
class AttachingFileTest {

    private static final Upload PDF = new Upload("回答.pdf", "application/pdf", new byte[] {37, 80, 68, 70});

    private final Map<String, byte[]> objects = new HashMap<>();
    private final List<Attachment> rows = new ArrayList<>();
    private final List<AuditEntry> audit = new ArrayList<>();
    private final OneTicket tickets = new OneTicket(TicketKind.INQUIRY, new TicketId(7));

    private AttachingFile attaching(AttachmentStore store, Attachments attachments) {
        return new AttachingFile(tickets, attachments, store, new UploadPolicy(1024), audit::add,
                Clock.fixed(Instant.parse("2026-06-05T06:00:00Z"), ZoneOffset.UTC));
    }

    private final AttachmentStore store = new AttachmentStore() {
        @Override
        public void put(String key, byte[] content, String sha256) {
            objects.put(key, content);
        }

        @Override
        public Optional<byte[]> get(String key) {
            return Optional.ofNullable(objects.get(key));
        }
    };

    private final Attachments attachments = new Attachments() {
        @Override
        public Attachment insert(Attachment a) {
            Attachment saved = new Attachment(rows.size() + 1, a.ticketId(), a.fileName(), a.contentType(), a.size(),
                    a.sha256(), a.uploadedBy(), a.uploadedAt());
            rows.add(saved);
            return saved;
        }

        @Override
        public List<Attachment> of(long ticketId) {
            return List.copyOf(rows);
        }

        @Override
        public Optional<Attachment> find(long ticketId, long attachmentId) {
            return rows.stream().filter(r -> r.id() == attachmentId).findFirst();
        }
    };

    @Test
    void attach_storesTheObjectUnderItsHash_thenTheRow_timelineAndAudit() {
        Attachment saved = attaching(store, attachments).attach(TicketKind.INQUIRY, new TicketId(7), PDF,
                new Actor("yamada", "10.0.0.1"));

        assertThat(objects).containsOnlyKeys("sha256/" + Sha256.hex(PDF.content()));
        assertThat(rows).containsExactly(saved);
        assertThat(saved.sha256()).isEqualTo(Sha256.hex(PDF.content()));
        assertThat(tickets.events).singleElement().satisfies(e -> assertThat(e.message()).contains("回答.pdf"));
        assertThat(audit).singleElement().satisfies(e -> assertThat(e.action()).isEqualTo("inquiry.attach"));
    }

    @Test
    void storeFails_noRowNoTimelineNoAudit() {
        AttachmentStore broken = new AttachmentStore() {
            @Override
            public void put(String key, byte[] content, String sha256) {
                throw new IllegalStateException("S3 unavailable");
            }

            @Override
            public Optional<byte[]> get(String key) {
                return Optional.empty();
            }
        };

        assertThatThrownBy(() -> attaching(broken, attachments).attach(TicketKind.INQUIRY, new TicketId(7), PDF,
                new Actor("yamada", "t"))).hasMessage("S3 unavailable");
        assertThat(rows).isEmpty();
        assertThat(tickets.events).isEmpty();
        assertThat(audit).isEmpty();
    }

    @Test
    void rowInsertFails_leavesAtMostTheObject_whichARetryReuses() {
        Attachments failing = new Attachments() {
            @Override
            public Attachment insert(Attachment attachment) {
                throw new IllegalStateException("database down");
            }

            @Override
            public List<Attachment> of(long ticketId) {
                return List.of();
            }

            @Override
            public Optional<Attachment> find(long ticketId, long attachmentId) {
                return Optional.empty();
            }
        };

        assertThatThrownBy(() -> attaching(store, failing).attach(TicketKind.INQUIRY, new TicketId(7), PDF,
                new Actor("yamada", "t"))).hasMessage("database down");
        attaching(store, attachments).attach(TicketKind.INQUIRY, new TicketId(7), PDF, new Actor("yamada", "t"));

        assertThat(objects).hasSize(1);
        assertThat(rows).hasSize(1);
    }

    @Test
    void badUploadOrUnknownTicket_writesNothing() {
        AttachingFile attaching = attaching(store, attachments);

        assertThatThrownBy(() -> attaching.attach(TicketKind.INQUIRY, new TicketId(7),
                new Upload("../x.pdf", null, new byte[] {1}), new Actor("y", "t")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> attaching.attach(TicketKind.INQUIRY, new TicketId(7),
                new Upload("big.bin", null, new byte[1025]), new Actor("y", "t")))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> attaching.attach(TicketKind.INQUIRY, new TicketId(8), PDF, new Actor("y", "t")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> attaching.attach(TicketKind.ISSUE, new TicketId(7), PDF, new Actor("y", "t")))
                .isInstanceOf(NotFoundException.class);
        assertThat(objects).isEmpty();
        assertThat(rows).isEmpty();
    }
}
