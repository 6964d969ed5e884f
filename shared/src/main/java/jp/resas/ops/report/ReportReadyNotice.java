package jp.resas.ops.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import jp.resas.ops.notification.Notification;

/**
 * "A report is ready", in Japanese: which report, for which period (in the era, and ISO), which
 * version, and where each file is ({@code GET /reports/{id}/files/{name}}). The subject stays ASCII
 * (SNS e-mail subjects must be).
 */
public final class ReportReadyNotice {

    private ReportReadyNotice() {
    }

    public static Notification of(ReportRecord report, String baseUrl, Clock clock) {
        String link = baseUrl + "/reports/" + report.id();
        StringBuilder body = new StringBuilder()
                .append(report.kind().title()).append("（").append(period(report, clock)).append("）を作成しました（第")
                .append(report.version()).append("版、").append(ReportTexts.time(report.generatedAt())).append(" 作成）。\n")
                .append("内容を確認し、承認者は承認してください（POST ").append(link).append("/accept）。\n")
                .append("ファイル（保存先: 報告書ストア、ダウンロードには API のトークンが必要です）:\n");
        for (ReportRecord.StoredFile file : report.files()) {
            body.append("- ").append(file.name()).append(": ").append(link).append("/files/")
                    .append(URLEncoder.encode(file.name(), StandardCharsets.UTF_8).replace("+", "%20")).append('\n');
        }
        body.append(report.pdfNote().isBlank() ? "" : report.pdfNote() + "\n");
        return new Notification(Notification.Kind.REPORT, "[RESAS Ops] " + report.kind() + " report " + report.period()
                + " ready (v" + report.version() + ")", body.toString().strip(), null, link);
    }

    private static String period(ReportRecord report, Clock clock) {
        if (report.kind() == ReportKind.MONTHLY) {
            return EraDates.month(YearMonth.parse(report.period())) + "分、" + report.period();
        }
        if (report.kind() == ReportKind.WEEKLY) {
            ReportPeriod week = ReportPeriod.week("period", report.period(), clock);
            return report.period() + "、" + EraDates.day(week.first()) + "〜" + EraDates.day(week.last());
        }
        return report.period();
    }
}
