package jp.resas.ops.attachment.web;

import java.time.Instant;
import jp.resas.ops.attachment.Attachment;

/** An attachment's metadata as the API shows it; {@code href} downloads it. */
public record AttachmentView(long id, long ticketId, String fileName, String contentType, long size, String sha256,
        String uploadedBy, Instant uploadedAt, String href) {

    static AttachmentView of(Attachment a, String base) {
        return new AttachmentView(a.id(), a.ticketId(), a.fileName(), a.contentType(), a.size(), a.sha256(),
                a.uploadedBy(), a.uploadedAt(), base + "/" + a.ticketId() + "/attachments/" + a.id());
    }
}
