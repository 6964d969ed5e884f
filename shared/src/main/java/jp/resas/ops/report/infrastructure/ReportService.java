package jp.resas.ops.report.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import jp.resas.ops.attachment.AttachmentStore;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.Actor;
import jp.resas.ops.common.NotFoundException;
import jp.resas.ops.report.AcceptingReport;
import jp.resas.ops.report.AssemblingReport;
import jp.resas.ops.report.GeneratingReport;
import jp.resas.ops.report.ReportDocument;
import jp.resas.ops.report.ReportKind;
import jp.resas.ops.report.ReportRecord;
import jp.resas.ops.report.ReportSources;
import jp.resas.ops.report.Reports;
import jp.resas.ops.report.document.ReportFile;
import jp.resas.ops.report.document.WritingReportFiles;

/** The transaction boundary of the report use cases. */
@Singleton
public class ReportService {

    private final AssemblingReport assembling;
    private final WritingReportFiles writing;
    private final GeneratingReport generating;
    private final AcceptingReport accepting;
    private final Reports reports;
    private final AttachmentStore store;

    ReportService(ReportSources sources, WritingReportFiles writing, AttachmentStore store, Reports reports,
            AuditLog audit, Clock clock) {
        this.assembling = new AssemblingReport(sources, clock);
        this.writing = writing;
        this.generating = new GeneratingReport(assembling, writing, store, reports, audit, clock);
        this.accepting = new AcceptingReport(reports, audit, clock);
        this.reports = reports;
        this.store = store;
    }

    /** The report assembled, not kept: what the CLI writes to a directory. */
    @Transactional(readOnly = true)
    public ReportDocument assemble(ReportKind kind, String period) {
        return assembling.assemble(kind, period);
    }

    public List<ReportFile> write(ReportDocument document) {
        return writing.write(document);
    }

    @Transactional
    public ReportRecord generate(ReportKind kind, String period, Actor actor) {
        return generating.generate(kind, period, actor);
    }

    @Transactional
    public ReportRecord accept(long id, String checksum, Actor approver) {
        return accepting.accept(id, checksum, approver);
    }

    @Transactional(readOnly = true)
    public List<ReportRecord> list(ReportKind kind, String period) {
        return reports.list(kind, period);
    }

    @Transactional(readOnly = true)
    public ReportRecord get(long id) {
        return reports.find(id).orElseThrow(() -> new NotFoundException("報告書 " + id + " はありません。"));
    }

    /** A file of a report and its bytes, checked against the digest recorded when it was generated. */
    @Transactional(readOnly = true)
    public ReportFile file(long id, String name) {
        ReportRecord.StoredFile file = get(id).files().stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new NotFoundException("報告書 " + id + " にファイル " + name + " はありません。"));
        byte[] content = store.get(file.objectKey()).orElseThrow(() -> new IllegalStateException(
                "report " + id + " file " + name + " is missing from the object store (" + file.objectKey() + ")"));
        if (!jp.resas.ops.attachment.Sha256.hex(content).equals(file.sha256())) {
            throw new IllegalStateException("report " + id + " file " + name + " does not match its recorded SHA-256");
        }
        return new ReportFile(file.name(), file.contentType(), content);
    }
}
