package jp.resas.ops.attachment;

import java.time.Instant;
import java.util.Objects;

/** What is known of an attached file: its name and type as uploaded, size, SHA-256, who and when. */
public record Attachment(long id, long ticketId, String fileName, String contentType, long size, String sha256,
        String uploadedBy, Instant uploadedAt) {

    public Attachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(sha256, "sha256");
    }

    /** Where the bytes are kept: identical files share one object, and a key never changes content. */
    public String objectKey() {
        return objectKey(sha256);
    }

    public static String objectKey(String sha256) {
        return "sha256/" + sha256;
    }
}
