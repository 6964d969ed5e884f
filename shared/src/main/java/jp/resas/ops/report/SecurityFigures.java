package jp.resas.ops.report;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jp.resas.ops.eos.EosFigures;
import jp.resas.ops.patch.PatchRecord;
import jp.resas.ops.vulnerability.FindingSeverity;
import jp.resas.ops.vulnerability.VulnerabilityFigures;

/**
 * 保守・メンテナンス's security operations and version upgrades: the vulnerability figures, the patches applied in
 * the month, the EOS items due within 180 days and the upgrades completed, read from the same use cases as
 * {@code GET /vulnerabilities}, {@code GET /patches} and {@code GET /eos/items}.
 */
final class SecurityFigures {

    private final VulnerabilityFigures vulnerabilities;
    private final List<PatchRecord> patches;
    private final EosFigures eos;

    SecurityFigures(ReportSources sources, ReportPeriod period) {
        this.vulnerabilities = sources.vulnerabilities(period.month());
        this.patches = sources.patches(period.start(), period.end());
        this.eos = sources.endOfSupport(period.month());
    }

    List<String> paragraphs() {
        int open = vulnerabilities.openBySeverity().values().stream().mapToInt(Integer::intValue).sum();
        String bySeverity = java.util.Arrays.stream(FindingSeverity.values())
                .filter(s -> vulnerabilities.openBySeverity().getOrDefault(s, 0) > 0)
                .map(s -> s.name() + " " + vulnerabilities.openBySeverity().get(s) + " 件").collect(Collectors.joining("、"));
        String security = "セキュリティ運用: 未対応の脆弱性は " + open + " 件" + (open == 0 ? "" : "（" + bySeverity + "）") + "、うち SLA 超過 "
                + vulnerabilities.slaBreached() + " 件です。当月は検出 " + vulnerabilities.found() + " 件、解消 "
                + vulnerabilities.fixed() + " 件、リスク受容 " + vulnerabilities.accepted() + " 件、検出元で解消 "
                + vulnerabilities.resolvedBySource() + " 件、パッチ適用 " + patches.size() + " 件でした。";
        long underway = eos.due().stream().filter(d -> d.upgrade() != null).count();
        String upgrades = "バージョンアップ: " + EraDates.day(eos.asOf()) + "時点でサポート終了まで 180 日以内の項目は "
                + eos.due().size() + " 件（うちバージョンアップ計画あり " + underway + " 件）、当月に完了したバージョンアップは "
                + eos.done().size() + " 件です。";
        return List.of(security, upgrades);
    }

    List<ReportTable> tables(String number) {
        List<List<String>> counts = new ArrayList<>();
        for (FindingSeverity s : FindingSeverity.values()) {
            counts.add(List.of("未対応 " + s.name(), String.valueOf(vulnerabilities.openBySeverity().getOrDefault(s, 0))));
        }
        counts.add(List.of("SLA 超過（未対応のうち）", String.valueOf(vulnerabilities.slaBreached())));
        counts.add(List.of("当月検出", String.valueOf(vulnerabilities.found())));
        counts.add(List.of("当月解消", String.valueOf(vulnerabilities.fixed())));
        counts.add(List.of("当月リスク受容", String.valueOf(vulnerabilities.accepted())));
        counts.add(List.of("当月検出元で解消", String.valueOf(vulnerabilities.resolvedBySource())));
        ReportTable figures = ReportTable.of(number + "-3 脆弱性", "脆弱性の件数", List.of("指標", "件数"), counts);
        ReportTable applied = ReportTable.of(number + "-4 パッチ適用", "当月のパッチ適用", List.of("ID", "適用日時", "件名", "対象",
                "環境", "適用者", "確認者", "解消した脆弱性"), patches.stream().map(p -> List.of(String.valueOf(p.id()),
                ReportTexts.time(p.appliedAt()), p.title(), p.target(), environment(p.environment()), p.appliedBy(),
                p.verifiedBy() == null ? "未確認" : p.verifiedBy(), p.findingIds().stream().map(String::valueOf)
                        .collect(Collectors.joining(", ")))).toList());
        ReportTable due = ReportTable.of(number + "-5 サポート終了予定", "サポート終了まで 180 日以内の項目", List.of("ID", "システム",
                "種別", "名称", "版", "サポート終了日", "残日数", "バージョンアップ", "出典"), eos.due().stream().map(d -> List.of(
                String.valueOf(d.item().id()), d.item().system().label(), d.item().category().label(), d.item().name(),
                d.item().productVersion(), d.item().endsOn().toString(), String.valueOf(d.daysLeft()),
                d.upgrade() == null ? "未計画" : "変更要求 " + d.upgrade().changeRequestId() + "（" + upgradeStatus(d.upgrade())
                        + "）", d.item().sourceUrl())).toList());
        ReportTable done = ReportTable.of(number + "-6 バージョンアップ実績", "当月に完了したバージョンアップ", List.of("完了日時", "項目",
                "新しい版", "変更要求", "試験環境", "試験結果", "試験者", "完了確認者"), eos.done().stream().map(d -> List.of(
                ReportTexts.time(d.upgrade().doneAt()), d.item().label(), d.upgrade().targetVersion(),
                String.valueOf(d.upgrade().changeRequestId()), d.upgrade().test().environment(), "合格",
                d.upgrade().test().testedBy(), d.upgrade().doneBy())).toList());
        return List.of(figures, applied, due, done);
    }

    private static String environment(PatchRecord.Environment environment) {
        return switch (environment) {
            case PRODUCTION -> "本番";
            case STAGING -> "検証";
            case DEVELOPMENT -> "開発";
        };
    }

    private static String upgradeStatus(jp.resas.ops.eos.Upgrade upgrade) {
        return switch (upgrade.status()) {
            case PLANNED -> "計画";
            case TESTED -> upgrade.test().result() == jp.resas.ops.eos.Upgrade.TestResult.PASSED ? "試験合格" : "試験不合格";
            case DONE -> "完了";
        };
    }
}
