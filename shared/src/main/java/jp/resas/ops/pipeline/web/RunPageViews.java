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
import jp.resas.ops.platform.jdbc.Keyset;
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
            List<Option> rules, List<Option> severities, String csvHref, String rule, String severity,
            List<RuleCount> ruleCounts, long matching, String nextHref) {
    }

    /** A rule's kept findings by severity, how many were counted in all, and the list narrowed to it. */
    record RuleCount(String rule, long errors, long warnings, String counted, String href) {
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
            Finding finding = finding(f);
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

    /**
     * The run page: its figures, the kept findings counted by rule and severity ({@code counts}, the filter's
     * choices too), and one keyset page of the findings the filter keeps ({@code page}); the next page's link
     * keeps the filter.
     */
    static DetailView detail(PipelineQueries.RunDetail detail, List<PipelineQueries.FindingCount> counts,
            Keyset.Page<jp.resas.ops.dataset.processing.Finding> page, String rule, String severity) {
        Run r = detail.run();
        List<Finding> shown = page.items().stream().map(RunPageViews::finding).toList();
        List<Option> rules = new TreeSet<>(counts.stream().map(PipelineQueries.FindingCount::rule).toList()).stream()
                .map(value -> new Option(value, value.equals(rule))).toList();
        List<Option> severities = new TreeSet<>(counts.stream().map(PipelineQueries.FindingCount::severity).toList())
                .stream().map(value -> new Option(value, value.equals(severity))).toList();
        ValidationReport report = detail.report();
        String query = (blank(rule) ? "" : "rule=" + enc(rule) + "&") + (blank(severity) ? "" : "severity=" + enc(severity));
        String base = "/portal/approvals/runs/" + r.id().value();
        long matching = counts.stream().filter(c -> (blank(rule) || rule.equals(c.rule()))
                && (blank(severity) || severity.equals(c.severity()))).mapToLong(PipelineQueries.FindingCount::count).sum();
        String next = page.nextCursor().map(cursor -> base + "?" + query + (query.isEmpty() || query.endsWith("&") ? "" : "&")
                + "cursor=" + enc(cursor)).orElse(null);
        return new DetailView(r.id().value(), r.dataset().value(), r.status().name(), label(r.status()),
                r.status() == RunStatus.AWAITING_APPROVAL && r.decidedBy() == null, r.startedBy(), Jst.at(r.startedAt()),
                Jst.date(r.referenceDate()), Objects.toString(r.decidedBy(), ""), Objects.toString(r.decisionComment(), ""),
                Objects.toString(r.failureReason(), ""),
                detail.steps().stream().map(s -> new Step(s.step(), s.status().name(), Jst.at(s.startedAt()), Jst.at(s.finishedAt())))
                        .toList(),
                report == null ? 0 : report.rows(), report == null ? 0 : report.observations(),
                report == null ? 0 : report.errors(), report == null ? 0 : report.warnings(), shown, rules, severities,
                base + "/findings.csv" + (query.isEmpty() ? "" : "?" + query),
                Objects.toString(rule, ""), Objects.toString(severity, ""),
                ruleCounts(base, counts, report == null ? Map.of() : report.byRule(), severity), matching, next);
    }

    /**
     * One row per rule: its kept findings by severity (linking to the list narrowed to it) and how many the
     * validation counted in all (more than kept when a file repeats one problem; {@code byRule}).
     */
    private static List<RuleCount> ruleCounts(String base, List<PipelineQueries.FindingCount> counts,
            Map<String, Long> byRule, String severity) {
        TreeSet<String> names = new TreeSet<>(byRule.keySet());
        counts.forEach(c -> names.add(c.rule()));
        return names.stream().map(name -> {
            long errors = kept(counts, name, "ERROR");
            long warnings = kept(counts, name, "WARNING");
            Long counted = byRule.get(name);
            return new RuleCount(name, errors, warnings, counted == null ? "—" : String.valueOf(counted),
                    base + "?rule=" + enc(name) + (blank(severity) ? "" : "&severity=" + enc(severity)));
        }).toList();
    }

    private static long kept(List<PipelineQueries.FindingCount> counts, String rule, String severity) {
        return counts.stream().filter(c -> rule.equals(c.rule()) && severity.equals(c.severity()))
                .mapToLong(PipelineQueries.FindingCount::count).sum();
    }

    private static Finding finding(jp.resas.ops.dataset.processing.Finding f) {
        return new Finding(text(f.severity()), text(f.rule()), text(f.file()), text(f.line()), text(f.column()),
                text(f.value()), text(f.message()));
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
