package jp.resas.ops.report;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: the kept reports. Versions of a kind and period are numbered 1, 2, … in generation order. */
public interface Reports {

    /** Stores a new version (the next number, taken under a lock on the kind and period). */
    ReportRecord add(ReportKind kind, String period, String checksum, String generatedBy, Instant generatedAt,
            String pdfNote, List<ReportRecord.StoredFile> files);

    Optional<ReportRecord> find(long id);

    /** Newest first; either filter may be null. */
    List<ReportRecord> list(ReportKind kind, String period);

    void accept(long id, String acceptedBy, Instant at);
}
