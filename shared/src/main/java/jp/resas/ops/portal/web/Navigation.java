package jp.resas.ops.portal.web;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The main menu every page shows ({@code layout.html}), the entry of the page's section marked
 * {@code aria-current="page"}, the administrators' entries only for administrators. Built once per section and
 * kind of user and kept (fifteen entries of an expression each were a fifth of the incident list's template work,
 * bench portal's profile); the HTML is what the template's {@code th:attr} wrote.
 */
final class Navigation {

    private record Entry(String href, String section, String label, boolean adminOnly) {
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry("/portal/", "dashboard", "ダッシュボード", false),
            new Entry("/portal/incidents", "incidents", "障害", false),
            new Entry("/portal/approvals", "approvals", "承認・データ更新", false),
            new Entry("/portal/inquiries", "inquiries", "問合せ", false),
            new Entry("/portal/work-requests", "work-requests", "作業依頼", false),
            new Entry("/portal/change-requests", "change-requests", "変更要求", false),
            new Entry("/portal/issues", "issues", "課題管理表", false),
            new Entry("/portal/data", "data", "データセット・更新回", false),
            new Entry("/portal/maintenance", "maintenance", "メンテナンス", false),
            new Entry("/portal/monitoring", "monitoring", "監視・コスト", false),
            new Entry("/portal/vulnerabilities", "security", "セキュリティ", false),
            new Entry("/portal/meetings", "meetings", "定例会", false),
            new Entry("/portal/ledgers/assets", "ledgers", "台帳", false),
            new Entry("/portal/settings/sla", "settings", "設定", true),
            new Entry("/portal/audit", "audit", "監査ログ", true));

    private static final Map<String, String> BUILT = new ConcurrentHashMap<>();

    private Navigation() {
    }

    /** The menu's {@code <ul>} for a page of {@code section} shown to a user who does or does not administer. */
    static String html(String section, boolean administers) {
        String current = section == null ? "" : section;
        return BUILT.computeIfAbsent(current + (administers ? "|admin" : "|"), key -> build(current, administers));
    }

    private static String build(String section, boolean administers) {
        StringBuilder html = new StringBuilder(2048).append("\n  <ul>\n");
        for (Entry entry : ENTRIES) {
            if (entry.adminOnly() && !administers) {
                continue;
            }
            html.append("    <li><a href=\"").append(Html.text(entry.href())).append('"')
                    .append(entry.section().equals(section) ? " aria-current=\"page\"" : "").append('>')
                    .append(Html.text(entry.label())).append("</a></li>\n");
        }
        return html.append("  </ul>\n").toString();
    }
}
