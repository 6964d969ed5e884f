package jp.resas.ops.dashboard.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.resas.ops.access.AccessMonthReport;
import jp.resas.ops.monitoring.logs.LogErrorsReport;
import jp.resas.ops.monitoring.metrics.AvailabilityReport;
import jp.resas.ops.monitoring.metrics.MetricsReport;
import jp.resas.ops.portal.web.Charts;

/** The monitoring page's figures as text, and the JSON of its charts (the tables carry the same figures). */
final class MonitoringPageViews {

    static final String NOT_MEASURED = "測定なし";

    private MonitoringPageViews() {
    }

    record Availability(String service, String name, String target, String percent, String met, boolean breached,
            int missingDays) {
    }

    record ErrorDay(String day, long errors, long serverErrors) {
    }

    /** A metric's peak in the month against its threshold: how much room is left. */
    record Headroom(String service, String metric, String resource, String stat, String peak, String peakDay,
            String threshold, String headroom, boolean breached, int breachedDays) {
    }

    record AccessDay(String day, long requests, long pageViews, long uniqueVisitors) {
    }

    record View(String month, List<Availability> availability, String availabilityChart, List<ErrorDay> errors,
            String errorsChart, List<Headroom> headroom, long requests, long pageViews, List<AccessDay> access,
            String accessChart, boolean measured) {
    }

    static View empty(String month) {
        return new View(month, List.of(), null, List.of(), null, List.of(), 0, 0, List.of(), null, false);
    }

    static View of(String month, List<AvailabilityReport> availability, LogErrorsReport errors, MetricsReport metrics,
            AccessMonthReport access) {
        List<Availability> services = availability.stream().map(a -> new Availability(a.service(), a.serviceName(),
                a.targetPercent() == null ? "—" : a.targetPercent() + "%",
                a.availabilityPercent() == null ? NOT_MEASURED : a.availabilityPercent().toPlainString() + "%",
                a.targetMet() == null ? "—" : a.targetMet() ? "達成" : "未達", Boolean.FALSE.equals(a.targetMet()),
                a.missingDays().size())).toList();
        String availabilityChart = Charts.json("bar", services.stream().map(Availability::name).toList(),
                List.of(new Charts.Series("稼働率（%）", availability.stream()
                        .map(a -> (Number) a.availabilityPercent()).toList())), "%");

        Map<String, long[]> byDay = new TreeMap<>();
        errors.errors().forEach(e -> byDay.computeIfAbsent(e.day(), d -> new long[2])[0] += e.errors());
        errors.serverErrors().forEach(e -> byDay.computeIfAbsent(e.day(), d -> new long[2])[1] += e.count());
        List<ErrorDay> errorDays = byDay.entrySet().stream()
                .map(e -> new ErrorDay(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        String errorsChart = Charts.json("line", errorDays.stream().map(ErrorDay::day).toList(), List.of(
                new Charts.Series("ログのエラー", errorDays.stream().map(e -> (Number) e.errors()).toList()),
                new Charts.Series("5xx 応答", errorDays.stream().map(e -> (Number) e.serverErrors()).toList())), "件");

        List<AccessDay> accessDays = access.days().stream()
                .map(d -> new AccessDay(d.day(), d.requests(), d.pageViews(), d.uniqueVisitors())).toList();
        String accessChart = Charts.json("line", accessDays.stream().map(AccessDay::day).toList(), List.of(
                new Charts.Series("ページビュー", accessDays.stream().map(d -> (Number) d.pageViews()).toList()),
                new Charts.Series("ユニーク訪問者", accessDays.stream().map(d -> (Number) d.uniqueVisitors()).toList())), "件");

        return new View(month, services, availabilityChart, errorDays, errorsChart, headroom(metrics.items()),
                access.requests(), access.pageViews(), accessDays, accessChart, true);
    }

    /** Per metric and resource: the day of its highest value, and the threshold minus that value. */
    static List<Headroom> headroom(List<MetricsReport.Row> rows) {
        Map<String, List<MetricsReport.Row>> byMetric = new LinkedHashMap<>();
        rows.forEach(r -> byMetric.computeIfAbsent(String.join("|", r.service(), r.namespace(), r.metric(),
                r.resource(), r.stat()), k -> new ArrayList<>()).add(r));
        List<Headroom> result = new ArrayList<>();
        for (List<MetricsReport.Row> series : byMetric.values()) {
            MetricsReport.Row peak = series.stream().max(Comparator.comparingDouble(MetricsReport.Row::value)).orElseThrow();
            Double threshold = peak.threshold();
            result.add(new Headroom(peak.service(), peak.metric(), peak.resource(), peak.stat(), number(peak.value()),
                    peak.day(), threshold == null ? "—" : number(threshold),
                    threshold == null ? "しきい値なし" : number(threshold - peak.value())
                            + (threshold == 0 ? "" : "（" + number(100 * (threshold - peak.value()) / threshold) + "%）"),
                    threshold != null && series.stream().anyMatch(MetricsReport.Row::breached),
                    (int) series.stream().filter(MetricsReport.Row::breached).count()));
        }
        return result;
    }

    static String number(double value) {
        return BigDecimal.valueOf(value).setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
