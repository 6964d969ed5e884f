package jp.resas.ops.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import jp.resas.ops.maintenance.MaintenanceWindow;
import jp.resas.ops.pipeline.RoundSummary;
import jp.resas.ops.pipeline.UpdateLogLine;

/** 保守・メンテナンス, データ更新 and 翌月の予定: maintenance windows, the data-update log and the rounds. */
final class PlanFigures {

    private final List<MaintenanceWindow> windows;
    private final List<UpdateLogLine> updateLog;
    private final List<RoundLine> rounds;
    private final ReportSources sources;

    /** One dataset of a round: what the round tables list and filter. */
    private record RoundLine(String round, RoundSummary.Item item) {
    }

    PlanFigures(ReportSources sources) {
        this.sources = sources;
        this.windows = sources.maintenanceWindows();
        this.updateLog = sources.updateLog();
        this.rounds = sources.rounds().stream()
                .flatMap(r -> r.items().stream().map(i -> new RoundLine(r.name(), i))).toList();
    }

    ReportTable windows(String number, String caption, ReportPeriod period) {
        return ReportTable.of(number + " " + caption, caption, List.of("ID", "件名", "種別", "対象サービス", "開始", "終了",
                "状態", "アラーム数"), windowsIn(period).stream().map(w -> List.of(String.valueOf(w.id()), w.title(),
                w.kind() == MaintenanceWindow.Kind.PLANNED ? "定期" : "臨時", String.join("、", w.services()),
                ReportTexts.time(w.startsAt()), ReportTexts.time(w.endsAt()),
                w.status() == MaintenanceWindow.Status.CANCELLED ? "中止" : "予定どおり", String.valueOf(w.alarms().size())))
                .toList());
    }

    private List<MaintenanceWindow> windowsIn(ReportPeriod period) {
        return windows.stream().filter(w -> period.contains(w.startsAt()))
                .sorted(java.util.Comparator.comparing(MaintenanceWindow::startsAt)).toList();
    }

    ReportSection maintenance(String number, ReportPeriod period) {
        List<MaintenanceWindow> held = windowsIn(period);
        List<List<String>> alarms = new ArrayList<>();
        held.forEach(w -> w.alarms().forEach(a -> alarms.add(List.of(String.valueOf(w.id()), a.alarmName(),
                ReportTexts.time(a.changedAt()), a.incidentId() == null ? "" : String.valueOf(a.incidentId()),
                Labels.text(a.service())))));
        List<String> text = new ArrayList<>();
        text.add(held.isEmpty() ? "対象期間のメンテナンスはありません。" : "対象期間のメンテナンスは " + held.size()
                + " 件、その間に記録されたアラームは " + alarms.size() + " 件です。");
        SecurityFigures security = new SecurityFigures(sources, period);
        text.addAll(security.paragraphs());
        BackupFiguresSection.Part backups = BackupFiguresSection.of(number, sources.backups(period.month()),
                CollectorProblem.reasons(sources.collectorProblems("backup-collector", period.first(), period.last())),
                sources.openPentestFindings(period.month()));
        text.addAll(backups.paragraphs());
        List<ReportTable> tables = new ArrayList<>(List.of(windows(number + "-1", "メンテナンス実績", period),
                ReportTable.of(number + "-2 メンテナンス中のアラーム", "メンテナンス中に記録されたアラーム",
                        List.of("メンテナンス ID", "アラーム", "発生日時", "障害 ID", "サービス"), alarms)));
        tables.addAll(security.tables(number));
        tables.addAll(backups.tables());
        return new ReportSection(number, "保守・メンテナンス", text, tables);
    }

    static ReportTable updateLog(String number, String caption, List<UpdateLogLine> entries) {
        return ReportTable.of(number + " " + caption, caption, List.of("日時", "種別", "データセット", "名称", "版", "件数",
                "基準日", "承認者", "備考"), entries.stream().map(e -> List.of(ReportTexts.time(e.at()),
                "PUBLISH".equals(e.kind()) ? "公開" : "切り戻し", e.datasetId(), e.name(), String.valueOf(e.version()),
                String.valueOf(e.observations()), e.referenceDate(), e.approvedBy(), Labels.text(e.note())))
                .toList());
    }

    ReportTable roundItems(String number, String caption, Predicate<RoundSummary.Item> which) {
        return ReportTable.of(number + " " + caption, caption, List.of("ラウンド", "データセット", "収集予定日", "公開期限", "状態",
                "公開日", "遅延"), rounds.stream().filter(r -> which.test(r.item())).map(r -> List.of(r.round(),
                r.item().dataset(), r.item().collectOn(), r.item().publishBy(), r.item().status(),
                Labels.text(r.item().publishedOn()), r.item().slipped() ? "遅延" : "")).toList());
    }

    static boolean between(Object isoDate, LocalDate first, LocalDate last) {
        if (isoDate == null) {
            return false;
        }
        LocalDate day = LocalDate.parse(String.valueOf(isoDate));
        return !day.isBefore(first) && !day.isAfter(last);
    }

    ReportSection dataUpdates(String number, ReportPeriod period) {
        List<UpdateLogLine> entries = updateLog.stream().filter(e -> period.contains(e.at())).toList();
        long published = entries.stream().filter(e -> "PUBLISH".equals(e.kind())).count();
        long datasets = entries.stream().map(UpdateLogLine::datasetId).distinct().count();
        String text = entries.isEmpty() ? "対象期間に公開・切り戻したデータはありません。" : "対象期間の公開は " + published
                + " 件、切り戻しは " + (entries.size() - published) + " 件（データセット " + datasets + " 件）です。";
        return new ReportSection(number, "データ更新", List.of(text), List.of(updateLog(number + "-1", "公開・切り戻し", entries),
                roundItems(number + "-2", "データ更新ラウンドの状況", r -> between(r.collectOn(), period.first(),
                        period.last()) || between(r.publishBy(), period.first(), period.last()))));
    }

    ReportSection nextMonth(String number, ReportPeriod period) {
        LocalDate first = period.last().plusDays(1);
        ReportPeriod next = new ReportPeriod(first.toString().substring(0, 7), first,
                first.withDayOfMonth(first.lengthOfMonth()));
        ReportTable planned = windows(number + "-1", "翌月のメンテナンス予定", next);
        ReportTable collect = roundItems(number + "-2", "翌月のデータ更新予定", r -> between(r.collectOn(), next.first(),
                next.last()) || between(r.publishBy(), next.first(), next.last()));
        String text = planned.isEmpty() && collect.isEmpty() ? "翌月に予定されたメンテナンス・データ更新はありません。"
                : "翌月はメンテナンス " + planned.rows().size() + " 件、データ更新 " + collect.rows().size() + " 件を予定しています。";
        return new ReportSection(number, "翌月の予定", List.of(text), List.of(planned, collect));
    }

    ReportSection collection(String number, ReportPeriod period) {
        ReportTable running = roundItems(number + "-1", "実施中ラウンドの収集状況", r -> !"PUBLISHED".equals(r.status())
                && between(r.collectOn(), LocalDate.MIN.plusDays(1), period.last()));
        ReportTable slipped = roundItems(number + "-2", "スケジュール遅延", RoundSummary.Item::slipped);
        String text = (running.isEmpty() ? "収集中のデータはありません。" : "収集・公開待ちのデータは " + running.rows().size() + " 件です。")
                + (slipped.isEmpty() ? "スケジュールの遅延はありません。" : "公開期限を過ぎたデータが " + slipped.rows().size() + " 件あります。");
        return new ReportSection(number, "データ収集状況とスケジュール", List.of(text), List.of(running, slipped));
    }
}
