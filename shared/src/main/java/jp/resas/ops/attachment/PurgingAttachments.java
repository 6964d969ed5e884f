package jp.resas.ops.attachment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;

/**
 * Ends the retention of deleted attachments: a file deleted more than the retention period ago loses its
 * stored object (unless another file still within retention has the same content, the objects being
 * content-addressed), and its row is marked purged — kept, with name, size, SHA-256, uploader and who
 * deleted it, as the record that it existed. Files not deleted are kept with their ticket. Each purge is
 * audited; a second run finds nothing more to do, and a failed one is simply done again.
 */
public final class PurgingAttachments {

    /** Who the audit log names for a purge. */
    public static final String ACTOR = "system:retention";
    /** At most this many files per run; the next run takes the rest. */
    public static final int BATCH = 500;

    /** What a run did: rows marked purged, objects removed from the store. */
    public record Purged(int files, int objects) {
    }

    private final Attachments attachments;
    private final AttachmentStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration retention;

    public PurgingAttachments(Attachments attachments, AttachmentStore store, AuditLog audit, Clock clock,
            Duration retention) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("the attachment retention must be positive, was " + retention);
        }
        this.attachments = attachments;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.retention = retention;
    }

    public Purged purge() {
        Instant now = clock.instant();
        Instant deletedBefore = now.minus(retention);
        List<Attachments.Deleted> due = attachments.deletedBefore(deletedBefore, BATCH);
        int objects = 0;
        for (Attachments.Deleted file : due) {
            Attachment a = file.attachment();
            // The same lock as an upload of these bytes: no upload can start using the object meanwhile.
            attachments.lockObject(a.objectKey());
            boolean removed = !attachments.objectStillKept(a.objectKey(), a.id(), deletedBefore);
            if (removed) {
                store.delete(a.objectKey());
                objects++;
            }
            attachments.markPurged(a.id(), now);
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("attachmentId", a.id());
            details.put("fileName", a.fileName());
            details.put("sha256", a.sha256());
            details.put("uploadedBy", a.uploadedBy());
            details.put("deletedAt", file.deletedAt().toString());
            details.put("objectRemoved", removed);
            audit.append(new AuditEntry(ACTOR, "attachment.purge", "ticket", String.valueOf(a.ticketId()), details,
                    "retention"));
        }
        return new Purged(due.size(), objects);
    }
}
