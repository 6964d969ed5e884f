package jp.resas.ops.monitoring.logs.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import jp.resas.ops.monitoring.logs.LogErrorsReport;
import jp.resas.ops.monitoring.runs.CollectionPeriod;
import jp.resas.ops.platform.jdbc.Sql;

@Singleton
public class LogErrorsReportService {

    private final Sql sql;

    LogErrorsReportService(Sql sql) {
        this.sql = sql;
    }

    @Transactional(readOnly = true)
    public LogErrorsReport errors(CollectionPeriod days) {
        return new LogErrorsReport(days.start().toString(), days.end().minusDays(1).toString(),
                sql.query("SELECT day, source, sum(errors) AS errors FROM log_error_daily WHERE day >= ? AND day < ? "
                        + "GROUP BY day, source ORDER BY day, source",
                        row -> new LogErrorsReport.DayErrors(row.getObject("day", LocalDate.class).toString(),
                                row.getString("source"), row.getLong("errors")), days.start(), days.end()),
                sql.query("SELECT day, sum(server_errors) AS server_errors FROM log_server_error_daily "
                        + "WHERE day >= ? AND day < ? GROUP BY day ORDER BY day",
                        row -> new LogErrorsReport.DayCount(row.getObject("day", LocalDate.class).toString(),
                                row.getLong("server_errors")), days.start(), days.end()),
                sql.query("SELECT signature, sum(occurrences) AS total, min(sample) AS sample, min(source) AS source "
                        + "FROM log_error_signature WHERE day >= ? AND day < ? GROUP BY signature "
                        + "ORDER BY total DESC, signature LIMIT 20",
                        row -> new LogErrorsReport.Signature(row.getString("signature"), row.getLong("total"),
                                row.getString("sample"), row.getString("source")), days.start(), days.end()));
    }
}
