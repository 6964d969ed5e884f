package jp.resas.ops.attachment;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.Actor;
import jp.resas.ops.common.ForbiddenActionException;
import jp.resas.ops.common.NotFoundException;
import jp.resas.ops.ticket.TicketEvent;
import jp.resas.ops.ticket.TicketId;
import jp.resas.ops.ticket.TicketKind;
import jp.resas.ops.ticket.Tickets;
import jp.resas.ops.ticket.TransitioningTicket;

/**
 * The uploader, or an operator, removes an attached file: it leaves lists and downloads, the timeline
 * and the audit log say who and when, and the row and the stored object are kept until the retention
 * period ends (the object store's lifecycle, not this use case, removes bytes).
 */
public final class DeletingAttachment {

    private final Tickets tickets;
    private final Attachments attachments;
    private final AuditLog audit;
    private final Clock clock;

    public DeletingAttachment(Tickets tickets, Attachments attachments, AuditLog audit, Clock clock) {
        this.tickets = tickets;
        this.attachments = attachments;
        this.audit = audit;
        this.clock = clock;
    }

    /** @param operator whether the actor holds the operator (or admin) role */
    public void delete(TicketKind kind, TicketId id, long attachmentId, Actor actor, boolean operator) {
        tickets.lock(kind, id).orElseThrow(() -> TransitioningTicket.notFound(kind, id));
        Attachment file = attachments.find(id.value(), attachmentId).orElseThrow(() -> new NotFoundException(
                "指定された添付ファイル (ID " + attachmentId + ") はこの" + kind.label() + "にありません。"));
        if (!operator && !file.uploadedBy().equals(actor.name())) {
            throw new ForbiddenActionException("FORBIDDEN", "添付ファイルを削除できるのは添付した本人か運用担当者です。");
        }
        Instant now = clock.instant();
        attachments.markDeleted(attachmentId, actor.name(), now);
        tickets.appendTimeline(id, new TicketEvent(now, "ATTACHMENT_DELETED", actor.name(),
                "添付削除: " + file.fileName()));
        audit.append(new AuditEntry(actor.name(), kind.name().toLowerCase() + ".attachment.delete", "ticket",
                String.valueOf(id.value()), Map.of("attachmentId", attachmentId, "fileName", file.fileName(),
                        "uploadedBy", file.uploadedBy(), "sha256", file.sha256()), actor.source()));
    }
}
