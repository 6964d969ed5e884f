package jp.resas.ops.report.web;

import java.time.Instant;
import java.util.List;
import jp.resas.ops.report.ReportRecord;

/** A kept report as the API shows it, with a download link per file. */
record ReportView(long id, String kind, String title, String period, int version, String checksum, String generatedBy,
        Instant generatedAt, String pdfNote, String acceptedBy, Instant acceptedAt, List<FileView> files) {

    record FileView(String name, String contentType, long size, String sha256, String href) {
    }

    static ReportView of(ReportRecord r) {
        return new ReportView(r.id(), r.kind().name(), r.kind().title(), r.period(), r.version(), r.checksum(),
                r.generatedBy(), r.generatedAt(), r.pdfNote(), r.acceptedBy(), r.acceptedAt(), r.files().stream()
                .map(f -> new FileView(f.name(), f.contentType(), f.size(), f.sha256(), "/reports/" + r.id() + "/files/"
                        + java.net.URLEncoder.encode(f.name(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20")))
                .toList());
    }
}
