package jp.resas.ops.attachment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The attachment metadata (port; PostgreSQL in {@code infrastructure}). Deleted files are not listed. */
public interface Attachments {

    /** Files and bytes not deleted. */
    record Usage(int files, long bytes) {
    }

    Attachment insert(Attachment attachment);

    /** Oldest first. */
    List<Attachment> of(long ticketId);

    Optional<Attachment> find(long ticketId, long attachmentId);

    Usage ofTicket(long ticketId);

    Usage ofUser(String user);

    /** Hides the file from lists and downloads; the row and the object stay (retention). */
    void markDeleted(long attachmentId, String by, Instant at);
}
