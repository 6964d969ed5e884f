package jp.resas.ops.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jp.resas.ops.devschedule.DevItem;
import jp.resas.ops.devschedule.Milestone;
import jp.resas.ops.devschedule.ScheduleLine;
import jp.resas.ops.devschedule.Slip;

/** 開発スケジュール of the weekly report: progress per menu or function (with a bar chart) and each milestone's dates. */
final class DevScheduleFigures {

    static final String SLIPPED = "遅延";

    private DevScheduleFigures() {
    }

    static ReportSection section(String number, List<ScheduleLine> lines, LocalDate asOf) {
        long slipped = lines.stream().filter(ScheduleLine::slipped).count();
        String text = lines.isEmpty() ? "開発スケジュールに登録されたメニュー・機能はありません。"
                : "開発スケジュールのメニュー・機能は " + lines.size() + " 件（" + EraDates.day(asOf) + "時点）、"
                + (slipped == 0 ? "先週から遅延したものはありません。" : "先週から遅延したものは " + slipped + " 件です。");
        ReportTable progress = ReportTable.of(number + "-1 開発項目の進捗", "開発項目の進捗", List.of("区分", "メニュー・機能",
                "状態", "進捗（%）", "遅延"), lines.stream().map(l -> List.of(l.item().kind().label(), l.item().name(),
                l.item().status().label(), String.valueOf(l.item().progress()), mark(l.slips(), true))).toList())
                .withChart("開発項目の進捗（%）", ReportTable.Chart.Type.BAR, 1, 3);
        List<List<String>> rows = new ArrayList<>();
        for (ScheduleLine l : lines) {
            DevItem item = l.item();
            for (Milestone m : Milestone.values()) {
                rows.add(List.of(item.name(), m.label(), date(item.dates(m).planned()), date(item.dates(m).actual()),
                        mark(l.slips().stream().filter(s -> s.milestone() == m).toList(), false)));
            }
        }
        ReportTable milestones = ReportTable.of(number + "-2 工程別の予定と実績", "工程別の予定日と実績日",
                List.of("メニュー・機能", "工程", "予定日", "実績日", "遅延"), rows);
        return new ReportSection(number, "開発スケジュール", List.of(text), List.of(progress, milestones));
    }

    /** 遅延（試験: 予定日超過） for what slipped since last week (without the milestone in its own row), empty otherwise. */
    static String mark(List<Slip> slips, boolean naming) {
        return slips.isEmpty() ? "" : SLIPPED + "（" + slips.stream().map(s -> (naming ? s.milestone().label() + ": " : "")
                + s.reason().label() + (s.plannedWeekBefore() != null && s.reason() == Slip.Reason.RESCHEDULED
                ? " " + s.plannedWeekBefore() + "→" + s.plannedNow() : "")).collect(Collectors.joining("、")) + "）";
    }

    private static String date(LocalDate day) {
        return day == null ? "" : day.toString();
    }
}
