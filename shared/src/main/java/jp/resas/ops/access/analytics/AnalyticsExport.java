package jp.resas.ops.access.analytics;

import java.util.List;

/** One month of an analytics export: views (and users, when the export has them) per page. */
public record AnalyticsExport(String fileName, List<PageRow> pages) {

    public AnalyticsExport {
        pages = List.copyOf(pages);
    }

    /** @param users null when the export has no user column */
    public record PageRow(String page, long views, Long users) {
    }

    public long totalViews() {
        return pages.stream().mapToLong(PageRow::views).sum();
    }
}
