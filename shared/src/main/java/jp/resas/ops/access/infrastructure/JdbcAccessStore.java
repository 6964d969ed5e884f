package jp.resas.ops.access.infrastructure;

import jakarta.inject.Singleton;
import jp.resas.ops.access.AccessDay;
import jp.resas.ops.platform.jdbc.Sql;

@Singleton
final class JdbcAccessStore {

    private final Sql sql;

    JdbcAccessStore(Sql sql) {
        this.sql = sql;
    }

    void replace(AccessDay day) {
        sql.update("DELETE FROM access_breakdown_daily WHERE day = ?", day.day());
        sql.update("DELETE FROM access_daily WHERE day = ?", day.day());
        sql.update("INSERT INTO access_daily (day, requests, page_views, unique_visitors, log_files) VALUES (?, ?, ?, ?, ?)",
                day.day(), day.requests(), day.pageViews(), day.uniqueVisitors(), day.logFiles());
        day.breakdown().forEach((dimension, counts) -> counts.forEach((key, count) -> sql.update(
                "INSERT INTO access_breakdown_daily (day, dimension, key, count) VALUES (?, ?, ?, ?)",
                day.day(), dimension, key, count)));
    }
}
