package jp.resas.ops.ledger.asset.infrastructure;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import jp.resas.ops.ledger.asset.ExpiryAlerts;
import jp.resas.ops.ledger.asset.ExpiryThreshold;
import jp.resas.ops.platform.jdbc.Sql;

/** The primary key (asset, date, threshold) makes each alert once-only, across runs and concurrent ones. */
@Singleton
final class JdbcExpiryAlerts implements ExpiryAlerts {

    private final Sql sql;

    JdbcExpiryAlerts(Sql sql) {
        this.sql = sql;
    }

    @Override
    public boolean recordOnce(long assetId, LocalDate date, ExpiryThreshold threshold, Instant at) {
        return sql.update("INSERT INTO asset_expiry_alert (asset_id, ends_on, threshold, raised_at) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT DO NOTHING", assetId, date, threshold, at) == 1;
    }

    @Override
    public void linkTicket(long assetId, LocalDate date, ExpiryThreshold threshold, long ticketId) {
        sql.update("UPDATE asset_expiry_alert SET ticket_id = ? WHERE asset_id = ? AND ends_on = ? AND threshold = ?",
                ticketId, assetId, date, threshold);
    }

    @Override
    public void linkIncident(long assetId, LocalDate date, ExpiryThreshold threshold, long incidentId) {
        sql.update("UPDATE asset_expiry_alert SET incident_id = ? WHERE asset_id = ? AND ends_on = ? AND threshold = ?",
                incidentId, assetId, date, threshold);
    }
}
