package jp.resas.ops.attachment;

import java.util.List;
import java.util.Optional;

/** The attachment metadata (port; PostgreSQL in {@code infrastructure}). */
public interface Attachments {

    Attachment insert(Attachment attachment);

    /** Oldest first. */
    List<Attachment> of(long ticketId);

    Optional<Attachment> find(long ticketId, long attachmentId);
}
