package jp.resas.ops.eos.infrastructure;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import jp.resas.ops.eos.EosAlerts;
import jp.resas.ops.eos.EosThreshold;
import jp.resas.ops.platform.jdbc.Sql;

/**
 * {@code eos_alert}: the primary key (item, threshold) decides. A second run inserting the same key at the same
 * time waits for the first one's transaction, then inserts nothing (ON CONFLICT DO NOTHING) and opens no ticket.
 */
@Singleton
final class JdbcEosAlerts implements EosAlerts {

    private final Sql sql;

    JdbcEosAlerts(Sql sql) {
        this.sql = sql;
    }

    @Override
    public boolean recordOnce(long itemId, EosThreshold threshold, LocalDate endsOn, Instant at) {
        return sql.update("INSERT INTO eos_alert (item_id, threshold_days, ends_on, raised_at) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT DO NOTHING", itemId, threshold.days(), endsOn, at) == 1;
    }

    @Override
    public void linkTicket(long itemId, EosThreshold threshold, long ticketId) {
        sql.update("UPDATE eos_alert SET ticket_id = ? WHERE item_id = ? AND threshold_days = ?", ticketId, itemId,
                threshold.days());
    }
}
