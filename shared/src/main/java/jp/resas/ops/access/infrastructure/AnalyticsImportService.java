package jp.resas.ops.access.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import jp.resas.ops.access.analytics.AnalyticsExport;
import jp.resas.ops.access.analytics.AnalyticsExportFormatException;
import jp.resas.ops.access.analytics.AnalyticsExportParser;
import jp.resas.ops.access.analytics.AnalyticsSummary;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.platform.jdbc.Sql;

/** Imports a month's analytics export (replacing an earlier import of that month) and reads it back. */
@Singleton
public class AnalyticsImportService {

    private static final int TOP = 20;

    private final Sql sql;
    private final AuditLog audit;
    private final Clock clock;
    private final AnalyticsExportParser parser = new AnalyticsExportParser();

    AnalyticsImportService(Sql sql, AuditLog audit, Clock clock) {
        this.sql = sql;
        this.audit = audit;
        this.clock = clock;
    }

    /** Parses first: a bad file changes nothing. */
    @Transactional
    public AnalyticsSummary importMonth(YearMonth month, String fileName, byte[] content, String actor, String source) {
        AnalyticsExport export;
        try {
            export = parser.parse(fileName, content);
        } catch (AnalyticsExportFormatException e) {
            throw new InvalidInputException("file", e.getMessage());
        }
        sql.update("DELETE FROM access_analytics_import WHERE month = ?", month.toString());
        sql.update("INSERT INTO access_analytics_import (month, file_name, imported_at, imported_by, page_count) "
                + "VALUES (?, ?, ?, ?, ?)", month.toString(), fileName, clock.instant(), actor, export.pages().size());
        for (AnalyticsExport.PageRow row : export.pages()) {
            sql.update("INSERT INTO access_analytics_page (month, page, views, users) VALUES (?, ?, ?, ?)",
                    month.toString(), row.page(), row.views(), row.users());
        }
        audit.append(new AuditEntry(actor, "access.analytics.import", "access_month", month.toString(),
                Map.of("fileName", fileName, "pages", export.pages().size(), "views", export.totalViews()), source));
        return summary(month).orElseThrow();
    }

    @Transactional(readOnly = true)
    public Optional<AnalyticsSummary> summary(YearMonth month) {
        String key = month.toString();
        return sql.queryOne("""
                SELECT i.file_name, i.imported_at, i.imported_by, coalesce(sum(p.views), 0)::bigint AS views,
                       CASE WHEN count(p.users) > 0 THEN sum(p.users)::bigint END AS users
                FROM access_analytics_import i JOIN access_analytics_page p ON p.month = i.month
                WHERE i.month = ? GROUP BY i.file_name, i.imported_at, i.imported_by
                """, row -> new AnalyticsSummary(row.getString("file_name"), Sql.instant(row, "imported_at"),
                row.getString("imported_by"), row.getLong("views"), (Long) row.getObject("users"),
                sql.query("SELECT page, views, users FROM access_analytics_page WHERE month = ? "
                        + "ORDER BY views DESC, page LIMIT " + TOP, page -> new AnalyticsSummary.PageCount(
                        page.getString(1), page.getLong(2), (Long) page.getObject(3)), key)), key);
    }
}
