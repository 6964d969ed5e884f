package jp.resas.ops.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.resas.ops.backup.BackupFigures;
import jp.resas.ops.backup.BackupJob;
import jp.resas.ops.backup.JobKind;
import jp.resas.ops.backup.RestoreDrill;
import jp.resas.ops.pentest.PentestFinding;

/**
 * 保守・メンテナンス's backup part and the open penetration-test findings: jobs by kind and state, the failures,
 * each resource's latest completed backup, the drills held or planned and their results, and the findings still
 * open at the month's end. Tables 6-10 to 6-14 (6-3 to 6-9 are left to the security and upgrade parts).
 */
final class BackupFiguresSection {

    private static final Map<JobKind, String> KIND = Map.of(JobKind.BACKUP, "バックアップ", JobKind.COPY, "コピー",
            JobKind.RESTORE, "リストア");
    private static final Map<RestoreDrill.Verification, String> VERIFICATION = Map.of(RestoreDrill.Verification.PASSED,
            "合格", RestoreDrill.Verification.FAILED, "不合格", RestoreDrill.Verification.PENDING, "検証中");
    private static final Map<RestoreDrill.Status, String> DRILL_STATUS = Map.of(RestoreDrill.Status.PLANNED, "予定",
            RestoreDrill.Status.PERFORMED, "実施済（承認待ち）", RestoreDrill.Status.SIGNED_OFF, "承認済");

    private BackupFiguresSection() {
    }

    /** The paragraphs (backup first, then penetration tests) and the five tables. */
    record Part(List<String> paragraphs, List<ReportTable> tables) {
    }

    static Part of(String number, BackupFigures f, List<String> problems, List<PentestFinding> open) {
        List<String> text = new ArrayList<>();
        long drillsHeld = f.drills().stream().filter(d -> d.status() != RestoreDrill.Status.PLANNED).count();
        long drillsPassed = f.drills().stream().filter(d -> d.verification() == RestoreDrill.Verification.PASSED).count();
        text.add("バックアップ: 対象期間のジョブは " + f.jobs() + " 件、うち失敗 " + f.failures().size() + " 件です。"
                + "リストア訓練は " + drillsHeld + " 件実施し、検証合格は " + drillsPassed + " 件です。");
        if (!problems.isEmpty()) {
            text.add(ReportTexts.notCollected("バックアップジョブの一部", problems));
        }
        text.add(open.isEmpty() ? "ペネトレーションテスト: 月末時点で未対応の指摘はありません。"
                : "ペネトレーションテスト: 月末時点で未対応の指摘は " + open.size() + " 件です。");
        List<List<String>> states = new ArrayList<>();
        f.byKindAndState().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> e.getValue()
                .forEach((state, count) -> states.add(List.of(KIND.get(e.getKey()), state, String.valueOf(count)))));
        List<ReportTable> tables = List.of(
                ReportTable.of(number + "-10 バックアップジョブの状態", "ジョブの種類・状態別件数",
                        List.of("種類", "状態", "件数"), states),
                ReportTable.of(number + "-11 失敗したジョブ", "失敗したバックアップ・コピー・リストアジョブ",
                        List.of("種類", "作成日時", "リソース", "状態", "検証", "内容", "障害 ID", "課題 ID"),
                        f.failures().stream().map(BackupFiguresSection::failure).toList()),
                ReportTable.of(number + "-12 最終バックアップ", "リソースごとの最後に成功したバックアップ（月末時点）",
                        List.of("リソース", "種類", "取得日時", "ボールト", "サイズ(バイト)"),
                        f.lastSuccessful().stream().map(j -> List.of(j.resourceArn(), Labels.text(j.resourceType()),
                                ReportTexts.time(j.createdAt()), Labels.text(j.vault()), Labels.text(j.sizeBytes())))
                                .toList()),
                ReportTable.of(number + "-13 リストア訓練", "リストア訓練の実施と結果",
                        List.of("ID", "種別", "内容", "実施日時", "実施者", "復旧時間(分)", "目標(分)", "データの古さ(時間)",
                                "検証", "状態", "承認者"), f.drills().stream().map(BackupFiguresSection::drill).toList()),
                ReportTable.of(number + "-14 ペネトレーションテストの未対応指摘", "未対応の指摘（月末時点）",
                        List.of("ID", "テスト ID", "重大度", "指摘", "状態", "課題 ID", "記録日時"),
                        open.stream().map(p -> List.of(String.valueOf(p.id()), String.valueOf(p.testId()),
                                p.severity().name(), p.title(), p.status().name(), Labels.text(p.followUpTicketId()),
                                ReportTexts.time(p.createdAt()))).toList()));
        return new Part(text, tables);
    }

    private static List<String> failure(BackupJob j) {
        return List.of(KIND.get(j.kind()), ReportTexts.time(j.createdAt()),
                j.resourceName() != null ? j.resourceName() : Labels.text(j.resourceArn()), j.state(),
                Labels.text(j.validationStatus()), Labels.text(j.message() != null ? j.message() : j.validationMessage()),
                Labels.text(j.incidentId()), Labels.text(j.ticketId()));
    }

    private static List<String> drill(RestoreDrill d) {
        return List.of(String.valueOf(d.id()), d.kind() == RestoreDrill.Kind.AUTOMATIC ? "自動（月次リストアテスト）" : "手動",
                d.title(), ReportTexts.time(d.startedAt()), Labels.text(d.performedBy()), Labels.text(d.restoreMinutes()),
                String.valueOf(d.rtoTargetMinutes()), Labels.text(d.dataAgeHours()),
                d.verification() == null ? "" : VERIFICATION.get(d.verification()), DRILL_STATUS.get(d.status()),
                Labels.text(d.signedOffBy()));
    }
}
