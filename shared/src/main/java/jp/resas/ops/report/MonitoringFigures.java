package jp.resas.ops.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.resas.ops.access.AccessMonthReport;
import jp.resas.ops.cost.CostMonthReport;
import jp.resas.ops.monitoring.logs.LogErrorsReport;
import jp.resas.ops.monitoring.metrics.AvailabilityReport;
import jp.resas.ops.monitoring.metrics.MetricsReport;

/**
 * 稼働状況, リソース, ログ, 費用 and アクセス from the collectors' reports. A figure a collector could not
 * get is printed as 取得できませんでした with the reason its runs recorded, never as zero.
 */
final class MonitoringFigures {

    /** The availability target the report measures against (a proposal to agree with 主管課). */
    static final BigDecimal AVAILABILITY_TARGET = new BigDecimal("99.5");
    private static final int PERIOD_MINUTES = 5;

    private final ReportSources sources;

    MonitoringFigures(ReportSources sources) {
        this.sources = sources;
    }

    List<String> problems(String collector, ReportPeriod period) {
        return CollectorProblem.reasons(sources.collectorProblems(collector, period.first(), period.last()));
    }

    ReportSection availability(String number, ReportPeriod period) {
        List<AvailabilityReport> reports = sources.availability(period.month());
        List<String> text = new ArrayList<>();
        List<ReportTable> tables = new ArrayList<>();
        if (reports.isEmpty()) {
            text.add(ReportTexts.notCollected("稼働率", problems("metrics-collector", period)));
        }
        for (AvailabilityReport report : reports) {
            String name = report.serviceName() == null ? report.service() : report.serviceName();
            BigDecimal target = report.targetPercent() == null ? AVAILABILITY_TARGET
                    : BigDecimal.valueOf(report.targetPercent()).stripTrailingZeros();
            if (report.availabilityPercent() == null) {
                text.add(ReportTexts.notCollected(name + "の稼働率", problems("metrics-collector", period)));
            } else {
                text.add(name + "の稼働率は " + report.availabilityPercent().toPlainString() + "%（目標 "
                        + target.toPlainString() + "%）で、目標を" + (report.availabilityPercent()
                        .compareTo(target) >= 0 ? "達成しました。" : "下回りました。")
                        + "停止時間は " + report.breachedPeriods() * PERIOD_MINUTES + " 分です。");
            }
            if (report.availabilityPercent() != null && !report.missingDays().isEmpty()) {
                text.add(ReportTexts.notCollected(name + "の次の日の稼働状況 (" + String.join(", ", report.missingDays()) + ")",
                        problems("metrics-collector", period)));
            }
            List<List<String>> rows = report.days().stream().map(d -> List.of(d.day(), String.valueOf(d.periods()),
                    String.valueOf(d.breachedPeriods()), String.valueOf(d.breachedPeriods() * PERIOD_MINUTES),
                    d.periods() == 0 ? "-" : BigDecimal.valueOf((d.periods() - d.breachedPeriods()) * 100L)
                            .divide(BigDecimal.valueOf(d.periods()), 3, RoundingMode.DOWN).toPlainString())).toList();
            tables.add(ReportTable.of(number + "-" + (tables.size() + 1) + " 日別稼働（" + name + "）",
                    name + "の日別の稼働状況（5 分単位）", List.of("日", "計測数", "停止数", "停止時間 (分)", "稼働率 (%)"), rows)
                    .withChart(name + "の日別の停止時間 (分)", ReportTable.Chart.Type.BAR, 0, 3));
        }
        return new ReportSection(number, "稼働状況", text, tables);
    }

    ReportSection resources(String number, ReportPeriod period) {
        MetricsReport report = sources.metrics(period.first(), period.last());
        Map<String, List<MetricsReport.Row>> byMetric = new LinkedHashMap<>();
        report.items().forEach(r -> byMetric.computeIfAbsent(String.join("|", r.namespace(), r.metric(), r.resource(),
                r.stat()), k -> new ArrayList<>()).add(r));
        List<List<String>> summary = new ArrayList<>();
        byMetric.values().forEach(rows -> {
            MetricsReport.Row first = rows.get(0);
            double max = rows.stream().mapToDouble(MetricsReport.Row::value).max().orElseThrow();
            double avg = rows.stream().mapToDouble(MetricsReport.Row::value).average().orElseThrow();
            summary.add(List.of(first.namespace(), first.metric(), first.resource(), first.stat(), number(max),
                    number(avg), first.threshold() == null ? "-" : number(first.threshold()),
                    String.valueOf(rows.stream().filter(MetricsReport.Row::breached).count())));
        });
        List<List<String>> breaches = report.items().stream().filter(MetricsReport.Row::breached).map(r -> List.of(
                r.day(), r.metric(), r.resource(), number(r.value()), number(r.threshold()))).toList();
        List<String> text = new ArrayList<>();
        List<String> problems = problems("metrics-collector", period);
        if (report.items().isEmpty()) {
            text.add(problems.isEmpty() ? ReportTexts.NONE_THIS_PERIOD : ReportTexts.notCollected("リソース使用状況", problems));
        } else {
            text.add(breaches.isEmpty() ? "しきい値を超えたリソースはありません。"
                    : "しきい値を超えた日は " + breaches.size() + " 件です（表 " + number + "-2）。");
            if (!problems.isEmpty()) {
                text.add(ReportTexts.notCollected("一部の日のリソース使用状況", problems));
            }
        }
        return new ReportSection(number, "リソース", text, List.of(
                ReportTable.of(number + "-1 メトリクス", "メトリクス別の最大・平均と超過日数", List.of("名前空間", "メトリクス",
                        "リソース", "統計", "最大", "平均", "しきい値", "超過日数"), summary),
                ReportTable.of(number + "-2 しきい値超過", "しきい値を超えた日", List.of("日", "メトリクス", "リソース", "値",
                        "しきい値"), breaches)));
    }

    ReportSection logs(String number, ReportPeriod period) {
        LogErrorsReport report = sources.errors(period.first(), period.last());
        Map<String, long[]> days = new java.util.TreeMap<>();
        report.errors().forEach(e -> days.computeIfAbsent(e.day(), d -> new long[2])[0] += e.errors());
        report.serverErrors().forEach(e -> days.computeIfAbsent(e.day(), d -> new long[2])[1] += e.count());
        List<List<String>> rows = days.entrySet().stream().map(e -> List.of(e.getKey(), String.valueOf(e.getValue()[0]),
                String.valueOf(e.getValue()[1]))).toList();
        long total = days.values().stream().mapToLong(v -> v[0]).sum();
        List<String> problems = problems("log-collector", period);
        List<String> text = new ArrayList<>();
        text.add(rows.isEmpty() ? (problems.isEmpty() ? ReportTexts.NONE_THIS_PERIOD
                : ReportTexts.notCollected("エラー件数", problems)) : "対象期間のエラーログは " + total + " 件です。");
        if (!rows.isEmpty() && !problems.isEmpty()) {
            text.add(ReportTexts.notCollected("一部の日のエラー件数", problems));
        }
        return new ReportSection(number, "ログ", text, List.of(
                ReportTable.of(number + "-1 日別エラー", "日別のエラー件数", List.of("日", "エラー", "API 5xx"), rows)
                        .withChart("日別のエラー件数", ReportTable.Chart.Type.BAR, 0, 1, 2),
                ReportTable.of(number + "-2 主なエラー", "発生件数の多いエラー", List.of("シグネチャ", "件数", "発生元", "例"),
                        report.signatures().stream().map(s -> List.of(s.signature(), String.valueOf(s.occurrences()),
                                Labels.text(s.source()), Labels.text(s.sample()))).toList())));
    }

    ReportSection costs(String number, ReportPeriod period) {
        CostMonthReport report = sources.costs(period.month());
        CostMonthReport previous = sources.costs(period.month().minusMonths(1));
        List<String> text = new ArrayList<>();
        List<String> problems = problems("cost-collector", period);
        if (report.total() == null) {
            text.add(report.lastRun() == null && problems.isEmpty() ? ReportTexts.NONE_THIS_PERIOD
                    : ReportTexts.notCollected("クラウド利用料", reasons(report, problems)));
        } else if (report.lastRun() != null && !report.lastRun().missing().isEmpty()) {
            text.add(ReportTexts.notCollected("クラウド利用料の一部", report.lastRun().missing()));
        }
        BigDecimal now = report.total() == null ? null : report.total().unblended();
        BigDecimal before = previous.total() == null ? null : previous.total().unblended();
        String ratio = now == null || before == null || before.signum() == 0 ? "-"
                : now.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before, 1, RoundingMode.HALF_UP)
                        .toPlainString();
        List<List<String>> summary = List.of(List.of("当月合計", report.total() == null ? ReportTexts.NOT_COLLECTED
                        : ReportTexts.amount(now), report.unit()),
                List.of("前月合計", previous.total() == null ? ReportTexts.NOT_COLLECTED : ReportTexts.amount(before),
                        previous.unit()),
                List.of("前月比 (%)", ratio, "%"),
                List.of("月末予測", report.forecast() == null ? "-" : ReportTexts.amount(report.forecast().amount()),
                        report.forecast() == null ? report.unit() : report.forecast().unit()));
        return new ReportSection(number, "費用", text, List.of(
                ReportTable.of(number + "-1 サービス別費用", "サービス別のクラウド利用料", List.of("サービス", "タグ", "非ブレンド",
                        "償却後", "見込み"), report.services().stream().map(s -> List.of(s.service(),
                        Labels.text(s.tagValue()), ReportTexts.amount(s.unblended()), ReportTexts.amount(s.amortized()),
                        s.estimated() ? "見込み" : "確定")).toList())
                        .withChart("サービス別の利用料 (" + report.unit() + ")", ReportTable.Chart.Type.BAR, 0, 2),
                ReportTable.of(number + "-2 費用の概要", "合計・前月比・予測", List.of("項目", "値", "単位"), summary),
                ReportTable.of(number + "-3 予算", "予算しきい値に対する状況", List.of("しきい値", "単位", "状況"),
                        report.budgets().stream().map(b -> List.of(b.threshold().toPlainString(), b.unit(),
                                switch (b.state()) {
                                    case "OVER" -> "超過";
                                    case "FORECAST_OVER" -> "超過見込み";
                                    default -> "範囲内";
                                })).toList()),
                ReportTable.of(number + "-4 アカウント別費用", "アカウント別のクラウド利用料（RESAS・RESAS Ops・記述にないアカウント）",
                        List.of("システム", "アカウント", "アカウント ID", "非ブレンド", "償却後"),
                        report.accounts().stream().map(a -> List.of(a.ownerName(), Labels.text(a.name()), a.accountId(),
                                ReportTexts.amount(a.unblended()), ReportTexts.amount(a.amortized()))).toList())));
    }

    private static List<String> reasons(CostMonthReport report, List<String> problems) {
        List<String> reasons = new ArrayList<>(problems);
        if (report.lastRun() != null) {
            reasons.addAll(report.lastRun().missing());
        }
        return reasons.stream().distinct().toList();
    }

    ReportSection access(String number, ReportPeriod period) {
        AccessMonthReport report = sources.access(period.month());
        AccessMonthReport previous = sources.access(period.month().minusMonths(1));
        List<String> text = new ArrayList<>();
        List<String> problems = problems("access-collector", period);
        if (report.days().isEmpty()) {
            text.add(problems.isEmpty() ? ReportTexts.NONE_THIS_PERIOD : ReportTexts.notCollected("アクセス数", problems));
        } else {
            text.add("ページビューは " + report.pageViews() + "、訪問者数（日別の合計）は " + report.visitorDays() + " です。");
            if (!report.missingDays().isEmpty()) {
                text.add(ReportTexts.notCollected("次の日のアクセス数 (" + String.join(", ", report.missingDays()) + ")",
                        problems));
            }
        }
        boolean had = !previous.days().isEmpty();
        List<List<String>> summary = List.of(
                compare("ページビュー", report.days().isEmpty(), report.pageViews(), had, previous.pageViews()),
                compare("リクエスト", report.days().isEmpty(), report.requests(), had, previous.requests()),
                compare("訪問者（日別の合計）", report.days().isEmpty(), report.visitorDays(), had, previous.visitorDays()));
        return new ReportSection(number, "アクセス", text, List.of(
                ReportTable.of(number + "-1 アクセス概要", "アクセスの概要と前月比", List.of("項目", "当月", "前月", "前月比 (%)"),
                        summary),
                ReportTable.of(number + "-2 メニュー別", "よく使われたメニュー", List.of("メニュー", "ページビュー"),
                        report.topMenus().stream().map(c -> List.of(c.key(), String.valueOf(c.count()))).toList()),
                ReportTable.of(number + "-3 日別アクセス", "日別のアクセス", List.of("日", "リクエスト", "ページビュー", "訪問者"),
                        report.days().stream().map(d -> List.of(d.day(), String.valueOf(d.requests()),
                                String.valueOf(d.pageViews()), String.valueOf(d.uniqueVisitors()))).toList())
                        .withChart("日別のページビュー", ReportTable.Chart.Type.LINE, 0, 2),
                ReportTable.of(number + "-4 サービス別", "サービス別のアクセス（RESAS Ops 自身のサイトは合計に含めない）",
                        List.of("サービス", "ページビュー", "訪問者（日別の合計）", "リクエスト", "集計日数"),
                        report.services().stream().map(s -> List.of(s.name(), String.valueOf(s.pageViews()),
                                String.valueOf(s.visitorDays()), String.valueOf(s.requests()),
                                String.valueOf(s.daysMeasured()))).toList())));
    }

    private static List<String> compare(String name, boolean missingNow, long now, boolean hadBefore, long before) {
        String thisMonth = missingNow ? ReportTexts.NOT_COLLECTED : String.valueOf(now);
        String lastMonth = hadBefore ? String.valueOf(before) : ReportTexts.NOT_COLLECTED;
        return List.of(name, thisMonth, lastMonth, missingNow || !hadBefore || before == 0 ? "-"
                : ReportTexts.percent(now - before, before));
    }

    private static String number(Double value) {
        if (value == null) {
            return "-";
        }
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
