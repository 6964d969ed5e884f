package jp.resas.ops.report;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.resas.ops.attachment.AttachmentStore;
import jp.resas.ops.attachment.Sha256;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.Actor;
import jp.resas.ops.report.document.ReportFile;
import jp.resas.ops.report.document.WritingReportFiles;

/**
 * Generates a report and keeps it: assembles it, writes every format, puts the files in the object
 * store (keys derived from their content, so a stored file is never overwritten by other bytes) and
 * records a new version. Nothing is recorded unless every file is stored.
 */
public final class GeneratingReport {

    private final AssemblingReport assembling;
    private final WritingReportFiles writing;
    private final AttachmentStore store;
    private final Reports reports;
    private final AuditLog audit;
    private final Clock clock;

    public GeneratingReport(AssemblingReport assembling, WritingReportFiles writing, AttachmentStore store,
            Reports reports, AuditLog audit, Clock clock) {
        this.assembling = assembling;
        this.writing = writing;
        this.store = store;
        this.reports = reports;
        this.audit = audit;
        this.clock = clock;
    }

    public ReportRecord generate(ReportKind kind, String period, Actor actor) {
        ReportDocument document = assembling.assemble(kind, period);
        List<ReportFile> files = writing.write(document);
        List<ReportRecord.StoredFile> stored = new ArrayList<>();
        StringBuilder digests = new StringBuilder();
        for (ReportFile file : files) {
            String sha = Sha256.hex(file.content());
            String key = "reports/" + sha;
            store.put(key, file.content(), sha);
            stored.add(new ReportRecord.StoredFile(file.name(), file.contentType(), file.content().length, sha, key));
            digests.append(file.name()).append('\n').append(sha).append('\n');
        }
        String checksum = Sha256.hex(digests.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        ReportRecord record = reports.add(kind, document.period(), checksum, actor.name(), clock.instant(),
                writing.pdfNote(), stored);
        audit.append(new AuditEntry(actor.name(), "report.generated", "report", String.valueOf(record.id()),
                Map.of("kind", kind.name(), "period", record.period(), "version", record.version(), "checksum", checksum),
                actor.source()));
        return record;
    }
}
