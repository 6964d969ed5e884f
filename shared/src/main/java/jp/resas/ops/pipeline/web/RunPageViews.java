package jp.resas.ops.pipeline.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import jp.resas.ops.common.CsvTable;
import jp.resas.ops.dataset.processing.ValidationReport;
import jp.resas.ops.pipeline.Run;
import jp.resas.ops.pipeline.RunStatus;
import jp.resas.ops.pipeline.infrastructure.PipelineQueries;
import jp.resas.ops.portal.web.Jst;

/** The view models of the run pages, from the pipeline's queries; findings filtered by rule and severity. */
final class RunPageViews {

    private RunPageViews() {
    }

    record RunRow(long id, String dataset, String status, String startedBy, String startedAt, String href) {
    }

    record RunsView(List<RunRow> awaiting, List<RunRow> recent) {
    }

    record Step(String step, String status, String startedAt, String finishedAt) {
    }

    record Finding(String severity, String rule, String file, String line, String column, String value,
            String message) {
    }

    record Option(String value, boolean selected) {
    }

    record DetailView(long id, String dataset, String status, String statusLabel, boolean awaiting, String startedBy,
            String startedAt, String referenceDate, String decidedBy, String decisionComment, String failureReason,
            List<Step> steps, long rows, long observations, long errors, long warnings, List<Finding> findings,
            List<Option> rules, List<Option> severities, String csvHref, String rule, String severity) {
    }

    static String label(RunStatus status) {
        return switch (status) {
            case RUNNING -> "実行中";
            case AWAITING_APPROVAL -> "承認待ち";
            case PUBLISHED -> "公開済み";
            case REJECTED -> "却下";
            case FAILED -> "失敗";
        };
    }

    static RunsView runs(List<Run> runs) {
        List<RunRow> rows = runs.stream().map(r -> new RunRow(r.id().value(), r.dataset().value(), label(r.status()),
                r.startedBy(), Jst.at(r.startedAt()), "/portal/approvals/runs/" + r.id().value())).toList();
        return new RunsView(rows.stream().filter(r -> r.status().equals("承認待ち")).toList(), rows);
    }

    static List<Finding> findings(ValidationReport report, String rule, String severity) {
        if (report == null) {
            return List.of();
        }
        List<Finding> findings = new ArrayList<>();
        for (jp.resas.ops.dataset.processing.Finding f : report.findings()) {
            Finding finding = new Finding(text(f.severity()), text(f.rule()), text(f.file()), text(f.line()),
                    text(f.column()), text(f.value()), text(f.message()));
            if ((blank(rule) || rule.equals(finding.rule())) && (blank(severity) || severity.equals(finding.severity()))) {
                findings.add(finding);
            }
        }
        return findings;
    }

    static CsvTable findingsCsv(List<Finding> findings) {
        return new CsvTable(List.of("severity", "rule", "file", "line", "column", "value", "message"),
                findings.stream().map(f -> List.<Object>of(f.severity(), f.rule(), f.file(), f.line(), f.column(),
                        f.value(), f.message())).toList());
    }

    static DetailView detail(PipelineQueries.RunDetail detail, String rule, String severity) {
        Run r = detail.run();
        List<Finding> all = findings(detail.report(), null, null);
        List<Finding> shown = findings(detail.report(), rule, severity);
        List<Option> rules = new TreeSet<>(all.stream().map(Finding::rule).toList()).stream()
                .map(value -> new Option(value, value.equals(rule))).toList();
        List<Option> severities = new TreeSet<>(all.stream().map(Finding::severity).toList()).stream()
                .map(value -> new Option(value, value.equals(severity))).toList();
        ValidationReport report = detail.report();
        String query = (blank(rule) ? "" : "rule=" + enc(rule) + "&") + (blank(severity) ? "" : "severity=" + enc(severity));
        return new DetailView(r.id().value(), r.dataset().value(), r.status().name(), label(r.status()),
                r.status() == RunStatus.AWAITING_APPROVAL && r.decidedBy() == null, r.startedBy(), Jst.at(r.startedAt()),
                Jst.date(r.referenceDate()), Objects.toString(r.decidedBy(), ""), Objects.toString(r.decisionComment(), ""),
                Objects.toString(r.failureReason(), ""),
                detail.steps().stream().map(s -> new Step(s.step(), s.status().name(), Jst.at(s.startedAt()), Jst.at(s.finishedAt())))
                        .toList(),
                report == null ? 0 : report.rows(), report == null ? 0 : report.observations(),
                report == null ? 0 : report.errors(), report == null ? 0 : report.warnings(), shown, rules, severities,
                "/portal/approvals/runs/" + r.id().value() + "/findings.csv" + (query.isEmpty() ? "" : "?" + query),
                Objects.toString(rule, ""), Objects.toString(severity, ""));
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
