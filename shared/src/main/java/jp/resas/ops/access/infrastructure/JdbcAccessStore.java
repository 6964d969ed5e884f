package jp.resas.ops.access.infrastructure;

import jakarta.inject.Singleton;
import jp.resas.ops.access.AccessDay;
import jp.resas.ops.access.ServiceAccessDay;
import jp.resas.ops.platform.jdbc.Sql;

/** Replaces a day's figures of each service read; a service that could not be read keeps its earlier ones. */
@Singleton
final class JdbcAccessStore {

    private final Sql sql;

    JdbcAccessStore(Sql sql) {
        this.sql = sql;
    }

    void replace(ServiceAccessDay harvest) {
        harvest.services().forEach(this::replace);
    }

    private void replace(String service, AccessDay day) {
        sql.update("DELETE FROM access_breakdown_daily WHERE day = ? AND service = ?", day.day(), service);
        sql.update("DELETE FROM access_daily WHERE day = ? AND service = ?", day.day(), service);
        sql.update("INSERT INTO access_daily (day, service, requests, page_views, unique_visitors, log_files) "
                + "VALUES (?, ?, ?, ?, ?, ?)", day.day(), service, day.requests(), day.pageViews(), day.uniqueVisitors(),
                day.logFiles());
        day.breakdown().forEach((dimension, counts) -> counts.forEach((key, count) -> sql.update(
                "INSERT INTO access_breakdown_daily (day, service, dimension, key, count) VALUES (?, ?, ?, ?, ?)",
                day.day(), service, dimension, key, count)));
    }
}
