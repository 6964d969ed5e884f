package jp.resas.ops.monitoring.logs.infrastructure;

import jakarta.inject.Singleton;
import jp.resas.ops.monitoring.logs.LogHarvest;
import jp.resas.ops.platform.jdbc.Sql;

@Singleton
final class JdbcLogErrorStore {

    private final Sql sql;

    JdbcLogErrorStore(Sql sql) {
        this.sql = sql;
    }

    void replace(LogHarvest harvest) {
        for (String table : new String[] {"log_error_daily", "log_server_error_daily", "log_error_signature"}) {
            sql.update("DELETE FROM " + table + " WHERE day = ?", harvest.day());
        }
        harvest.errorsBySource().forEach((source, errors) -> sql.update(
                "INSERT INTO log_error_daily (day, source, errors) VALUES (?, ?, ?)", harvest.day(), source, errors));
        harvest.serverErrors().ifPresent(count -> sql.update(
                "INSERT INTO log_server_error_daily (day, server_errors) VALUES (?, ?)", harvest.day(), count));
        harvest.signatures().forEach(s -> sql.update("INSERT INTO log_error_signature (day, signature, occurrences, "
                + "sample, source) VALUES (?, ?, ?, ?, ?)", harvest.day(), s.signature(), s.occurrences(), s.sample(),
                s.source()));
    }
}
