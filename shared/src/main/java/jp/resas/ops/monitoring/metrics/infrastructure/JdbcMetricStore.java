package jp.resas.ops.monitoring.metrics.infrastructure;

import jakarta.inject.Singleton;
import jp.resas.ops.monitoring.metrics.DailyMetric;
import jp.resas.ops.monitoring.metrics.MetricsDay;
import jp.resas.ops.monitoring.metrics.MetricsHarvest;
import jp.resas.ops.platform.jdbc.Sql;

/**
 * Replaces a day's metric values and availability periods of each service that was read (a service
 * that was not keeps its previous figures); runs inside the collector's transaction.
 */
@Singleton
final class JdbcMetricStore {

    private final Sql sql;

    JdbcMetricStore(Sql sql) {
        this.sql = sql;
    }

    void replace(MetricsDay day) {
        day.services().forEach(this::replace);
    }

    private void replace(MetricsHarvest harvest) {
        sql.update("DELETE FROM metric_daily WHERE day = ? AND service = ?", harvest.day(), harvest.service());
        sql.update("DELETE FROM availability_daily WHERE day = ? AND service = ?", harvest.day(), harvest.service());
        for (DailyMetric m : harvest.metrics()) {
            sql.update("INSERT INTO metric_daily (day, service, namespace, metric, resource, stat, value, threshold, "
                    + "breached) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", m.day(), harvest.service(), m.namespace(),
                    m.metric(), m.resource(), m.stat(), m.value(), m.threshold(), m.breached());
        }
        harvest.availability().ifPresent(a -> sql.update("INSERT INTO availability_daily (day, service, periods, "
                + "breached_periods, idle_periods) VALUES (?, ?, ?, ?, ?)", a.day(), harvest.service(), a.periods(),
                a.breached(), a.idle()));
    }
}
