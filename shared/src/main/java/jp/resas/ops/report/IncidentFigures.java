package jp.resas.ops.report;

import java.util.ArrayList;
import java.util.List;
import jp.resas.ops.incident.Incident;
import jp.resas.ops.incident.IncidentDossier;
import jp.resas.ops.incident.IncidentReport;
import jp.resas.ops.incident.IncidentSource;
import jp.resas.ops.incident.IncidentStatus;

/** 障害: the period's incidents by severity and source, their list, the major ones' summaries, the open ones. */
final class IncidentFigures {

    private final ReportSources sources;
    private final List<Incident> all;

    IncidentFigures(ReportSources sources) {
        this.sources = sources;
        this.all = sources.incidents();
    }

    List<Incident> in(ReportPeriod period) {
        return all.stream().filter(i -> period.contains(i.openedAt())).toList();
    }

    List<Incident> openAt(ReportPeriod period) {
        return all.stream().filter(i -> i.status() != IncidentStatus.CLOSED && i.openedAt().isBefore(period.end()))
                .toList();
    }

    List<IncidentDossier> major(ReportPeriod period) {
        return sources.majorIncidents(period.start(), period.end());
    }

    ReportTable bySeverity(String number, ReportPeriod period) {
        List<String> headers = new ArrayList<>(List.of("重大度"));
        for (IncidentSource source : IncidentSource.values()) {
            headers.add(Labels.source(source));
        }
        headers.add("計");
        List<Incident> incidents = in(period);
        List<List<String>> rows = new ArrayList<>();
        for (int severity = 1; severity <= 4; severity++) {
            int s = severity;
            List<String> row = new ArrayList<>(List.of(Labels.severity(s)));
            for (IncidentSource source : IncidentSource.values()) {
                row.add(String.valueOf(incidents.stream().filter(i -> i.severity() == s && i.source() == source).count()));
            }
            row.add(String.valueOf(incidents.stream().filter(i -> i.severity() == s).count()));
            rows.add(row);
        }
        return ReportTable.of(number + " 重大度・発生源別件数", "重大度・発生源別の障害件数", headers, rows)
                .withChart("重大度別の障害件数", ReportTable.Chart.Type.BAR, 0, headers.size() - 1);
    }

    ReportTable list(String number, List<Incident> incidents, String caption) {
        return ReportTable.of(number + " " + caption, caption, List.of("ID", "発生日時", "件名", "重大度", "発生源", "状態",
                "復旧日時", "完了日時"), incidents.stream().map(i -> List.of(String.valueOf(i.id().value()),
                ReportTexts.time(i.openedAt()), i.title(), Labels.severity(i.severity()), Labels.source(i.source()),
                Labels.status(i.status()), ReportTexts.time(i.recoveredAt()), ReportTexts.time(i.closedAt()))).toList());
    }

    ReportTable majorSummaries(String number, List<IncidentDossier> major) {
        return ReportTable.of(number + " 重大障害の概要", "重大障害の概要", List.of("ID", "件名", "影響", "原因", "恒久対応",
                "再発防止策"), major.stream().map(d -> {
                    IncidentReport r = d.work().report();
                    return List.of(String.valueOf(d.incident().id().value()), d.incident().title(),
                            ReportTexts.orNotWritten(r.impact()), ReportTexts.orNotWritten(r.cause()),
                            ReportTexts.orNotWritten(r.permanentFix()), ReportTexts.orNotWritten(r.prevention()));
                }).toList());
    }

    ReportSection section(String number, ReportPeriod period) {
        List<Incident> incidents = in(period);
        List<IncidentDossier> major = major(period);
        List<Incident> open = openAt(period);
        List<String> text = new ArrayList<>();
        text.add(incidents.isEmpty() ? "対象期間に発生した障害はありません。"
                : "対象期間に発生した障害は " + incidents.size() + " 件（うち重大障害 " + major.size() + " 件）です。");
        text.add(open.isEmpty() ? "未完了の障害はありません。" : "期間末時点で未完了の障害は " + open.size() + " 件です。");
        return new ReportSection(number, "障害", text, List.of(bySeverity(number + "-1", period),
                list(number + "-2", incidents, "障害一覧"), majorSummaries(number + "-3", major),
                list(number + "-4", open, "未完了の障害")));
    }
}
