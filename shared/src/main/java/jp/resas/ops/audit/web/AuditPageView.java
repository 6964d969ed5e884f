package jp.resas.ops.audit.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.resas.ops.audit.AuditPage;
import jp.resas.ops.portal.web.Jst;

/** The audit page: the filters as typed, the rows (JST), the next page's link and the CSV link, filters kept. */
record AuditPageView(Map<String, String> filters, List<Row> rows, String nextHref, String csvHref, boolean first) {

    record Row(long id, String at, String actor, String action, String target, String details, String source) {
    }

    static AuditPageView of(AuditPage page, Map<String, String> filters, String cursor) {
        List<Row> rows = page.items().stream().map(r -> new Row(r.id(), Jst.at(r.at()), r.actor(), r.action(),
                r.targetType() + (r.targetId() == null ? "" : " " + r.targetId()), r.details(),
                r.source() == null ? "" : r.source())).toList();
        String query = query(filters);
        String next = page.nextBeforeId().map(id -> "/portal/audit?" + query + (query.isEmpty() ? "" : "&") + "cursor=" + id)
                .orElse(null);
        String csvQuery = query + (cursor == null || cursor.isBlank() ? "" : (query.isEmpty() ? "" : "&") + "cursor="
                + encode(cursor));
        return new AuditPageView(filters, rows, next, "/portal/audit/csv" + (csvQuery.isEmpty() ? "" : "?" + csvQuery),
                cursor == null || cursor.isBlank());
    }

    /** The newest page with the same filters. */
    public String firstHref() {
        String query = query(filters);
        return "/portal/audit" + (query.isEmpty() ? "" : "?" + query);
    }

    public String value(String name) {
        return filters.getOrDefault(name, "");
    }

    private static String query(Map<String, String> filters) {
        return filters.entrySet().stream().map(e -> e.getKey() + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
