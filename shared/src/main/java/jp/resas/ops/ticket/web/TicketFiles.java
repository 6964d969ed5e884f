package jp.resas.ops.ticket.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.multipart.CompletedFileUpload;
import java.time.Instant;
import java.util.List;
import jp.resas.ops.common.Actor;
import jp.resas.ops.ticket.TicketId;
import jp.resas.ops.ticket.TicketKind;

/**
 * The files attached to a ticket, as the ticket pages list and serve them. The attachment capability
 * answers ({@code attachment.web.AttachedTicketFiles}), so the ticket pages do not depend on it (it
 * depends on the tickets).
 */
public interface TicketFiles {

    /** The ticket's files, oldest first; none when no attachment store is configured. */
    List<TicketFile> list(TicketKind kind, TicketId id);

    /** Whether an attachment store is configured: without one nothing can be attached. */
    boolean configured();

    /** Attaches an uploaded file, with the attachment rules' refusals (name, type, size, quota). */
    void upload(TicketKind kind, String base, long id, CompletedFileUpload file, Actor actor);

    /** The file's bytes with its type and name, for whoever may read the ticket. */
    HttpResponse<byte[]> download(TicketKind kind, long id, long attachmentId);

    /** One attached file as a page shows it. */
    record TicketFile(long id, String fileName, long size, String uploadedBy, Instant uploadedAt) {
    }
}
