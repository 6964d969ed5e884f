package jp.resas.ops.attachment;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.Actor;
import jp.resas.ops.ticket.TicketEvent;
import jp.resas.ops.ticket.TicketId;
import jp.resas.ops.ticket.TicketKind;
import jp.resas.ops.ticket.Tickets;
import jp.resas.ops.ticket.TransitioningTicket;

/**
 * Someone attaches a file to a ticket. Everything is checked before anything is written; then the
 * object first, the row, timeline and audit after it, so a failed insert leaves at most an object no
 * row points to (and a retry reuses it, the key being the content's hash).
 */
public final class AttachingFile {

    private final Tickets tickets;
    private final Attachments attachments;
    private final AttachmentStore store;
    private final UploadPolicy policy;
    private final AttachmentQuota quota;
    private final AuditLog audit;
    private final Clock clock;

    public AttachingFile(Tickets tickets, Attachments attachments, AttachmentStore store, UploadPolicy policy,
            AttachmentQuota quota, AuditLog audit, Clock clock) {
        this.quota = quota;
        this.tickets = tickets;
        this.attachments = attachments;
        this.store = store;
        this.policy = policy;
        this.audit = audit;
        this.clock = clock;
    }

    public Attachment attach(TicketKind kind, TicketId id, Upload upload, Actor actor) {
        String name = policy.fileName(upload.fileName());
        String type = policy.contentType(upload.contentType());
        byte[] content = policy.content(upload.content());
        // The ticket row lock queues concurrent uploads to one ticket, so its quota holds; the user lock,
        // always taken after it, queues one user's uploads to any ticket, so theirs holds too.
        tickets.lock(kind, id).orElseThrow(() -> TransitioningTicket.notFound(kind, id));
        attachments.lockUser(actor.name());
        quota.require(attachments.ofTicket(id.value()), attachments.ofUser(actor.name()), content.length);
        String sha256 = Sha256.hex(content);
        attachments.lockObject(Attachment.objectKey(sha256));
        store.put(Attachment.objectKey(sha256), content, sha256);
        Instant now = clock.instant();
        Attachment saved = attachments.insert(new Attachment(0, id.value(), name, type, content.length, sha256,
                actor.name(), now));
        tickets.appendTimeline(id, new TicketEvent(now, "ATTACHED", actor.name(),
                "添付: " + name + " (" + content.length + " バイト)"));
        audit.append(new AuditEntry(actor.name(), kind.name().toLowerCase() + ".attach", "ticket",
                String.valueOf(id.value()), Map.of("attachmentId", saved.id(), "fileName", name, "contentType", type,
                        "size", content.length, "sha256", sha256), actor.source()));
        return saved;
    }
}
