package jp.resas.ops.report;

import java.time.Instant;
import java.util.List;

/** A generated report as kept: which version of which period, its files' digests, who generated and accepted it. */
public record ReportRecord(long id, ReportKind kind, String period, int version, String checksum, String generatedBy,
        Instant generatedAt, String pdfNote, String acceptedBy, Instant acceptedAt, List<StoredFile> files) {

    /** A file of the report: the object-store key is derived from its SHA-256. */
    public record StoredFile(String name, String contentType, long size, String sha256, String objectKey) {
    }

    public ReportRecord {
        files = List.copyOf(files);
    }

    public boolean accepted() {
        return acceptedBy != null;
    }
}
