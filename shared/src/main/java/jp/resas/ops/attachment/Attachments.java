package jp.resas.ops.attachment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The attachment metadata (port; PostgreSQL in {@code infrastructure}). Deleted files are not listed. */
public interface Attachments {

    /** Files and bytes not deleted. */
    record Usage(int files, long bytes) {
    }

    /** A deleted file and when it was deleted. */
    record Deleted(Attachment attachment, Instant deletedAt) {
    }

    Attachment insert(Attachment attachment);

    /** Oldest first. */
    List<Attachment> of(long ticketId);

    Optional<Attachment> find(long ticketId, long attachmentId);

    Usage ofTicket(long ticketId);

    Usage ofUser(String user);

    /**
     * Queues this transaction behind any other upload of {@code user} until it ends, so the per-user quota
     * holds across concurrent uploads to different tickets (each ticket's row lock covers only its own).
     */
    void lockUser(String user);

    /**
     * Queues this transaction behind any other that stores or purges the object {@code key} until it ends,
     * so a purge never removes bytes an upload is about to point a new row to.
     */
    void lockObject(String key);

    /** Files deleted before {@code deletedBefore} and not yet purged, oldest deletion first, at most {@code limit}. */
    List<Deleted> deletedBefore(Instant deletedBefore, int limit);

    /**
     * Whether a file other than {@code exceptId} still needs the object {@code key}: not deleted, or
     * deleted at or after {@code deletedBefore} (still within retention), and not purged.
     */
    boolean objectStillKept(String key, long exceptId, Instant deletedBefore);

    /** Records that the file's retention ended ({@link PurgingAttachments}); the row stays, still hidden. */
    void markPurged(long attachmentId, Instant at);

    /** Hides the file from lists and downloads; the row and the object stay (retention). */
    void markDeleted(long attachmentId, String by, Instant at);
}
