package jp.resas.ops.report;

import java.time.Clock;
import java.util.Map;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.Actor;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.ForbiddenActionException;
import jp.resas.ops.common.NotFoundException;

/**
 * The owner's acceptance (承認) of one version: by someone other than who generated it, once. The
 * accepted version is frozen (the database refuses any later change); a regeneration makes a new
 * version, which needs its own acceptance.
 */
public final class AcceptingReport {

    private final Reports reports;
    private final AuditLog audit;
    private final Clock clock;

    public AcceptingReport(Reports reports, AuditLog audit, Clock clock) {
        this.reports = reports;
        this.audit = audit;
        this.clock = clock;
    }

    /** @param checksum the checksum the approver reviewed; a different one means they reviewed other files */
    public ReportRecord accept(long id, String checksum, Actor approver) {
        ReportRecord report = reports.find(id).orElseThrow(() -> new NotFoundException("報告書 " + id + " はありません。"));
        if (report.generatedBy().equals(approver.name())) {
            throw new ForbiddenActionException("SEGREGATION_OF_DUTIES",
                    "報告書を作成した本人は承認できません。作成者以外の承認者が承認してください。");
        }
        if (report.accepted()) {
            throw new ConflictException("ALREADY_ACCEPTED", "id", "この版は " + report.acceptedBy() + " が承認済みです。");
        }
        if (checksum != null && !checksum.equals(report.checksum())) {
            throw new ConflictException("CHECKSUM_MISMATCH", "checksum",
                    "checksum が報告書の内容と一致しません。最新の内容を確認してから承認してください。");
        }
        reports.accept(id, approver.name(), clock.instant());
        audit.append(new AuditEntry(approver.name(), "report.accepted", "report", String.valueOf(id),
                Map.of("kind", report.kind().name(), "period", report.period(), "version", report.version(),
                        "checksum", report.checksum()), approver.source()));
        return reports.find(id).orElseThrow();
    }
}
