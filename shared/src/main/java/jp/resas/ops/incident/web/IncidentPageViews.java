package jp.resas.ops.incident.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import jp.resas.ops.incident.Incident;
import jp.resas.ops.incident.IncidentDossier;
import jp.resas.ops.incident.IncidentPage;
import jp.resas.ops.incident.IncidentReport;
import jp.resas.ops.incident.IncidentStatus;
import jp.resas.ops.portal.web.Html;
import jp.resas.ops.portal.web.Jst;
import jp.resas.ops.sla.SlaStatus;

/** The view models of the incident pages, built from what the incident use cases return. */
final class IncidentPageViews {

    private IncidentPageViews() {
    }

    record Option(String value, String label, boolean selected) {

        /** The {@code <option>} as {@code th:value}, {@code th:selected} and {@code th:text} write it, escaped. */
        String html() {
            return "<option value=\"" + Html.text(value) + "\"" + (selected ? " selected=\"selected\"" : "") + ">"
                    + Html.text(label) + "</option>";
        }

        /** A list's options, built once here rather than three expressions per option in the template. */
        static String html(List<Option> options) {
            StringBuilder html = new StringBuilder(options.size() * 64);
            options.forEach(option -> html.append(option.html()).append('\n'));
            return html.toString();
        }
    }

    record Row(long id, String title, int severity, String status, String source, int occurrences, String openedAt,
            String href) {

        /** The row's {@code <tr>}, every value escaped as {@code th:text} would (see {@link Html}). */
        String html() {
            return "<tr><td>" + id + "</td><td><a href=\"" + Html.text(href) + "\">" + Html.text(title)
                    + "</a></td><td class=\"number\">" + severity + "</td><td>" + Html.text(status) + "</td><td>"
                    + Html.text(source) + "</td><td class=\"number\">" + occurrences + "</td><td>"
                    + Html.text(openedAt) + "</td></tr>\n";
        }
    }

    record ListView(List<Row> rows, List<Option> statuses, List<Option> severities, List<Option> sources,
            Map<String, String> filters, String nextHref) {

        /** The text filter ({@code q}); a template's {@code 'q'} would be a character, not this key. */
        public String text() {
            return filters.get("q");
        }

        /** The 状態 list's options (after すべて), built once in Java as the rows are. */
        public String statusOptions() {
            return Option.html(statuses);
        }

        public String severityOptions() {
            return Option.html(severities);
        }

        public String sourceOptions() {
            return Option.html(sources);
        }

        /** The table's rows, built once here rather than cell by cell in the template. */
        public String rowsHtml() {
            StringBuilder html = new StringBuilder(rows.size() * 300);
            rows.forEach(row -> html.append(row.html()));
            return html.toString();
        }
    }

    record Entry(String at, String kind, String actor, String message) {
    }

    record Section(String field, String label, String text) {
    }

    record DetailView(long id, String title, int severity, String status, String statusLabel, String source,
            String alarmName, int occurrences, String openedAt, String recoveredAt, String assignee, boolean major,
            long version, String responseDue, String resolutionDue, String slaState, List<Entry> timeline,
            List<Section> report, List<Option> nextStatuses, String assigneeName, String pendingPageAt,
            int timelineTotal, String timelineHref) {
    }

    /** Timeline entries shown on the incident page: the newest ones; all of them page by page on their own page. */
    static final int TIMELINE_SHOWN = 100;

    /** The whole timeline, newest first, one keyset page; {@code nextHref} the older entries. */
    record TimelineView(long id, String title, List<Entry> entries, String nextHref) {
    }

    static TimelineView timeline(Incident incident, jp.resas.ops.platform.jdbc.Keyset.Page<jp.resas.ops.incident.TimelineEntry> page) {
        String base = "/portal/incidents/" + incident.id().value() + "/timeline";
        return new TimelineView(incident.id().value(), incident.title(), page.items().stream()
                .map(t -> new Entry(Jst.at(t.at()), t.kind(), t.actor(), t.message())).toList(),
                page.nextCursor().map(c -> base + "?cursor=" + java.net.URLEncoder.encode(c,
                        java.nio.charset.StandardCharsets.UTF_8)).orElse(null));
    }

    static String label(IncidentStatus status) {
        return switch (status) {
            case DETECTED -> "検知";
            case MITIGATED -> "暫定対応済";
            case ROOT_CAUSE_IDENTIFIED -> "原因特定済";
            case RESOLVED -> "恒久対応済";
            case CLOSED -> "完了";
        };
    }

    static String source(String source) {
        return switch (source) {
            case "ALARM" -> "アラーム";
            case "MANUAL" -> "手動起票";
            case "PIPELINE" -> "データ更新";
            case "COLLECTOR" -> "収集処理";
            case "BUDGET" -> "予算超過";
            default -> source;
        };
    }

    /** The list's filters as the URL carries them, in a fixed order (so a next-page link keeps them). */
    static Map<String, String> filters(String status, String severity, String source, String from, String to,
            String q) {
        Map<String, String> filters = new java.util.LinkedHashMap<>();
        filters.put("status", status == null ? "" : status);
        filters.put("severity", severity == null ? "" : severity);
        filters.put("source", source == null ? "" : source);
        filters.put("from", from == null ? "" : from);
        filters.put("to", to == null ? "" : to);
        filters.put("q", q == null ? "" : q);
        return filters;
    }

    static ListView list(IncidentPage page, Map<String, String> filters) {
        List<Row> rows = page.items().stream().map(IncidentPageViews::row).toList();
        List<Option> statuses = Arrays.stream(IncidentStatus.values())
                .map(s -> new Option(s.name(), label(s), s.name().equals(filters.get("status")))).toList();
        List<Option> severities = List.of("1", "2", "3", "4").stream()
                .map(s -> new Option(s, "重大度 " + s, s.equals(filters.get("severity")))).toList();
        List<Option> sources = Arrays.stream(jp.resas.ops.incident.IncidentSource.values())
                .map(s -> new Option(s.name(), source(s.name()), s.name().equals(filters.get("source")))).toList();
        String next = page.next().map(cursor -> "/portal/incidents?" + query(filters) + "cursor=" + cursor.encode())
                .orElse(null);
        return new ListView(rows, statuses, severities, sources, filters, next);
    }

    private static String query(Map<String, String> filters) {
        StringBuilder q = new StringBuilder();
        filters.forEach((k, v) -> {
            if (!v.isBlank()) {
                q.append(k).append('=').append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)).append('&');
            }
        });
        return q.toString();
    }

    private static Row row(Incident i) {
        return new Row(i.id().value(), i.title(), i.severity(), label(i.status()), source(i.source().name()),
                i.occurrences(), Jst.at(i.openedAt()), "/portal/incidents/" + i.id().value());
    }

    static DetailView detail(IncidentDossier dossier, SlaStatus sla, String pendingPageAt) {
        Incident i = dossier.incident();
        IncidentReport r = dossier.work().report();
        List<Section> report = List.of(new Section("impact", "影響", r.impact()), new Section("cause", "原因", r.cause()),
                new Section("workaround", "暫定対応", r.workaround()),
                new Section("permanentFix", "恒久対応", r.permanentFix()),
                new Section("prevention", "再発防止策", r.prevention()));
        List<Option> next = Arrays.stream(IncidentStatus.values()).filter(s -> s.ordinal() > i.status().ordinal())
                .map(s -> new Option(s.name(), label(s), false)).toList();
        int total = dossier.timeline().size();
        List<Entry> timeline = dossier.timeline().stream().skip(Math.max(0, total - TIMELINE_SHOWN))
                .map(t -> new Entry(Jst.at(t.at()), t.kind(), t.actor(), t.message())).toList();
        return new DetailView(i.id().value(), i.title(), i.severity(), i.status().name(), label(i.status()),
                source(i.source().name()), i.alarmName() == null ? "" : i.alarmName(), i.occurrences(),
                Jst.at(i.openedAt()), Jst.at(i.recoveredAt()),
                dossier.work().assignee() == null ? "未割当" : dossier.work().assignee(), dossier.work().major(),
                dossier.work().version(), sla.firstResponse().dueAt().map(Jst::at).orElse("—"),
                sla.resolution().dueAt().map(Jst::at).orElse("—"), sla.overall().name(), timeline, report, next,
                dossier.work().assignee() == null ? "" : dossier.work().assignee(), pendingPageAt, total,
                "/portal/incidents/" + i.id().value() + "/timeline");
    }
}
