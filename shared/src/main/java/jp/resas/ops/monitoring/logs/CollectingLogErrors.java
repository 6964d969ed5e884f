package jp.resas.ops.monitoring.logs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.monitoring.runs.CollectionPeriod;

/**
 * One Japan-time day of log errors in three Insights queries: exact counts per log group
 * ({@code stats}, not limited), the latest {@value #SAMPLE_LIMIT} error messages for signatures
 * (Insights' maximum; when reached, signatures cover only those and the run says so), and API 5xx.
 */
public final class CollectingLogErrors {

    public static final int SAMPLE_LIMIT = 10_000;
    public static final int TOP_SIGNATURES = 20;
    static final String ERROR_FILTER = "filter level = \"ERROR\" or @message like /(?i)(\\berror\\b|exception|ExecutionFailed)/";

    private final LogInsights insights;
    private final LogTargets targets;

    public CollectingLogErrors(LogInsights insights, LogTargets targets) {
        this.insights = insights;
        this.targets = targets;
    }

    public LogHarvest fetch(LocalDate day) {
        if (targets.errorLogGroups().isEmpty()) {
            throw new IllegalStateException("no log groups configured (resas.logs.error-log-groups)");
        }
        Instant start = day.atStartOfDay(CollectionPeriod.JST).toInstant();
        Instant end = day.plusDays(1).atStartOfDay(CollectionPeriod.JST).toInstant();
        List<String> missing = new ArrayList<>();
        Map<String, Long> bySource = new LinkedHashMap<>();
        insights.run(new InsightsQuery(targets.errorLogGroups(), ERROR_FILTER + " | stats count(*) as errors by @log",
                start, end, SAMPLE_LIMIT)).rows().forEach(row -> bySource.merge(logGroup(row.get("@log")),
                        Long.parseLong(row.get("errors")), Long::sum));
        InsightsResult samples = insights.run(new InsightsQuery(targets.errorLogGroups(), ERROR_FILTER
                + " | fields @timestamp, @log, @message | sort @timestamp desc | limit " + SAMPLE_LIMIT, start, end,
                SAMPLE_LIMIT));
        if (samples.limitReached()) {
            missing.add("error signatures " + day + ": only the latest " + SAMPLE_LIMIT + " errors were read");
        }
        Optional<Long> serverErrors = targets.apiAccessLogGroup().map(group -> insights.run(new InsightsQuery(
                List.of(group), "filter status >= 500 | stats count(*) as serverErrors", start, end, 1)).rows().stream()
                .findFirst().map(row -> Long.parseLong(row.get("serverErrors"))).orElse(0L));
        return new LogHarvest(day, bySource, signatures(samples), serverErrors, missing);
    }

    private static List<LogHarvest.Signature> signatures(InsightsResult samples) {
        Map<ErrorSignature, long[]> counts = new HashMap<>();
        Map<ErrorSignature, Map<String, String>> first = new HashMap<>();
        for (Map<String, String> row : samples.rows()) {
            String message = row.getOrDefault("@message", "");
            ErrorSignature signature = ErrorSignature.of(message);
            counts.computeIfAbsent(signature, s -> new long[1])[0]++;
            first.putIfAbsent(signature, row);
        }
        return counts.entrySet().stream()
                .sorted((a, b) -> Long.compare(b.getValue()[0], a.getValue()[0]) != 0
                        ? Long.compare(b.getValue()[0], a.getValue()[0]) : a.getKey().text().compareTo(b.getKey().text()))
                .limit(TOP_SIGNATURES)
                .map(e -> new LogHarvest.Signature(e.getKey().text(), e.getValue()[0],
                        truncate(first.get(e.getKey()).getOrDefault("@message", "")),
                        logGroup(first.get(e.getKey()).get("@log"))))
                .toList();
    }

    /** Insights writes {@code @log} as {@code accountId:logGroupName}; the report names the group. */
    static String logGroup(String log) {
        if (log == null) {
            return "(unknown)";
        }
        int colon = log.indexOf(':');
        return colon < 0 ? log : log.substring(colon + 1);
    }

    private static String truncate(String message) {
        return message.length() > 1000 ? message.substring(0, 1000) : message;
    }
}
