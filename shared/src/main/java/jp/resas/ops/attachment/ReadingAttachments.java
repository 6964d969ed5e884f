package jp.resas.ops.attachment;

import java.util.List;
import jp.resas.ops.common.NotFoundException;
import jp.resas.ops.ticket.TicketId;
import jp.resas.ops.ticket.TicketKind;
import jp.resas.ops.ticket.Tickets;
import jp.resas.ops.ticket.TransitioningTicket;

/**
 * Lists a ticket's attachments and hands out their bytes. A download is checked against the SHA-256
 * recorded at upload, so a damaged or replaced object is an error rather than a wrong file.
 */
public final class ReadingAttachments {

    private final Tickets tickets;
    private final Attachments attachments;
    private final AttachmentStore store;

    public ReadingAttachments(Tickets tickets, Attachments attachments, AttachmentStore store) {
        this.tickets = tickets;
        this.attachments = attachments;
        this.store = store;
    }

    public List<Attachment> list(TicketKind kind, TicketId id) {
        tickets.find(kind, id).orElseThrow(() -> TransitioningTicket.notFound(kind, id));
        return attachments.of(id.value());
    }

    public AttachmentContent download(TicketKind kind, TicketId id, long attachmentId) {
        tickets.find(kind, id).orElseThrow(() -> TransitioningTicket.notFound(kind, id));
        Attachment attachment = attachments.find(id.value(), attachmentId).orElseThrow(() -> new NotFoundException(
                "指定された添付ファイル (ID " + attachmentId + ") はこの" + kind.label() + "にありません。"));
        byte[] content = store.get(attachment.objectKey()).orElseThrow(() -> new IllegalStateException(
                "attachment " + attachmentId + ": object " + attachment.objectKey() + " is missing from the store"));
        if (!Sha256.hex(content).equals(attachment.sha256())) {
            throw new IllegalStateException("attachment " + attachmentId + ": object " + attachment.objectKey()
                    + " does not match its SHA-256");
        }
        return new AttachmentContent(attachment, content);
    }
}
