package jp.resas.ops.monitoring.logs.infrastructure;

import jakarta.inject.Singleton;
import jp.resas.ops.monitoring.logs.LogHarvest;
import jp.resas.ops.monitoring.logs.LogsDay;
import jp.resas.ops.platform.jdbc.Sql;

/** Replaces a day's log figures of every service read (a service not read keeps what it had). */
@Singleton
final class JdbcLogErrorStore {

    private final Sql sql;

    JdbcLogErrorStore(Sql sql) {
        this.sql = sql;
    }

    void replace(LogsDay day) {
        day.services().forEach((service, harvest) -> replace(service, harvest));
    }

    private void replace(String service, LogHarvest harvest) {
        for (String table : new String[] {"log_error_daily", "log_server_error_daily", "log_error_signature"}) {
            sql.update("DELETE FROM " + table + " WHERE day = ? AND service = ?", harvest.day(), service);
        }
        harvest.errorsBySource().forEach((source, errors) -> sql.update(
                "INSERT INTO log_error_daily (day, service, source, errors) VALUES (?, ?, ?, ?)", harvest.day(), service,
                source, errors));
        harvest.serverErrors().ifPresent(count -> sql.update(
                "INSERT INTO log_server_error_daily (day, service, server_errors) VALUES (?, ?, ?)", harvest.day(),
                service, count));
        harvest.signatures().forEach(s -> sql.update("INSERT INTO log_error_signature (day, service, signature, "
                + "occurrences, sample, source) VALUES (?, ?, ?, ?, ?, ?)", harvest.day(), service, s.signature(),
                s.occurrences(), s.sample(), s.source()));
    }
}
