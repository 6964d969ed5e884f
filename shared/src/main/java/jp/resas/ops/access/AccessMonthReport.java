package jp.resas.ops.access;

import java.util.List;
import jp.resas.ops.access.analytics.AnalyticsSummary;
import jp.resas.ops.common.CsvTable;

/**
 * A month of access. {@code visitorDays} adds the days' unique visitors: visitors are counted per
 * day (the salt changes every run), so a person coming on three days counts three times.
 * The totals, days and top lists are those of {@code included}: the asked service, else RESAS's sites
 * (RESAS Ops' own site is never added into them); a day is missing when one of them has no figures.
 * {@code services} answers each site on its own, RESAS Ops' included.
 * {@code analytics} is the month's analytics export when the owner provided one, else null.
 */
public record AccessMonthReport(String month, List<String> included, long requests, long pageViews, long visitorDays,
        List<Day> days, List<Count> topPages, List<Count> topMenus, List<Count> statuses, List<Count> referrers,
        List<String> missingDays, List<ServiceAccess> services, AnalyticsSummary analytics)
        implements CsvTable.Source {

    /** One site's month: its page views and users (visitors counted per day, added up). */
    public record ServiceAccess(String service, String name, long requests, long pageViews, long visitorDays,
            int daysMeasured) {
    }

    public record Day(String day, long requests, long pageViews, long uniqueVisitors) {
    }

    public record Count(String key, long count) {
    }

    @Override
    public CsvTable csv() {
        return new CsvTable(List.of("day", "requests", "page_views", "unique_visitors"),
                days.stream().map(d -> List.<Object>of(d.day(), d.requests(), d.pageViews(), d.uniqueVisitors())).toList());
    }
}
