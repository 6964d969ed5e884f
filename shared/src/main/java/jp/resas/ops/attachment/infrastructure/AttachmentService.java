package jp.resas.ops.attachment.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import jp.resas.ops.attachment.AttachingFile;
import jp.resas.ops.attachment.Attachment;
import jp.resas.ops.attachment.AttachmentContent;
import jp.resas.ops.attachment.AttachmentQuota;
import jp.resas.ops.attachment.DeletingAttachment;
import jp.resas.ops.attachment.PurgingAttachments;
import jp.resas.ops.attachment.AttachmentStore;
import jp.resas.ops.attachment.Attachments;
import jp.resas.ops.attachment.ReadingAttachments;
import jp.resas.ops.attachment.Upload;
import jp.resas.ops.attachment.UploadPolicy;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.Actor;
import jp.resas.ops.platform.jdbc.Keyset;
import jp.resas.ops.ticket.TicketId;
import jp.resas.ops.ticket.TicketKind;
import jp.resas.ops.ticket.Tickets;
import jp.resas.ops.ticket.TransitioningTicket;

/** The transaction boundary of the attachment use cases. */
@Singleton
public class AttachmentService {

    private final AttachingFile attaching;
    private final ReadingAttachments reading;
    private final DeletingAttachment deleting;

    private final Tickets tickets;
    private final JdbcAttachments pages;
    private final PurgingAttachments purging;

    AttachmentService(Tickets tickets, Attachments attachments, JdbcAttachments pages, AttachmentStore store,
            UploadPolicy policy, AttachmentQuota quota, AuditLog audit, Clock clock, AttachmentSettings settings) {
        this.tickets = tickets;
        this.pages = pages;
        this.purging = new PurgingAttachments(attachments, store, audit, clock, Duration.ofDays(settings.keptDays()));
        this.attaching = new AttachingFile(tickets, attachments, store, policy, quota, audit, clock);
        this.deleting = new DeletingAttachment(tickets, attachments, audit, clock);
        this.reading = new ReadingAttachments(tickets, attachments, store);
    }

    @Transactional
    public Attachment attach(TicketKind kind, TicketId id, Upload upload, Actor actor) {
        return attaching.attach(kind, id, upload, actor);
    }

    @Transactional(readOnly = true)
    public List<Attachment> list(TicketKind kind, TicketId id) {
        return reading.list(kind, id);
    }

    /** A ticket's files, oldest first, one keyset page (404 when the ticket is not of this kind). */
    @Transactional(readOnly = true)
    public Keyset.Page<Attachment> list(TicketKind kind, TicketId id, Keyset.Request request) {
        tickets.find(kind, id).orElseThrow(() -> TransitioningTicket.notFound(kind, id));
        return pages.page(id.value(), request);
    }

    @Transactional
    public void delete(TicketKind kind, TicketId id, long attachmentId, Actor actor, boolean operator) {
        deleting.delete(kind, id, attachmentId, actor, operator);
    }

    /** Ends the retention of files deleted long enough ago (scheduled: {@code attachment-retention}). */
    @Transactional
    public PurgingAttachments.Purged purge() {
        return purging.purge();
    }

    @Transactional(readOnly = true)
    public AttachmentContent download(TicketKind kind, TicketId id, long attachmentId) {
        return reading.download(kind, id, attachmentId);
    }
}
