package jp.resas.ops.ledger.asset;

import java.time.Instant;
import java.time.LocalDate;

/** What the expiry watch has raised (port): one row per asset, date and threshold. */
public interface ExpiryAlerts {

    /** Records the alert unless it was raised before; answers whether this call recorded it. */
    boolean recordOnce(long assetId, LocalDate date, ExpiryThreshold threshold, Instant at);

    void linkTicket(long assetId, LocalDate date, ExpiryThreshold threshold, long ticketId);

    void linkIncident(long assetId, LocalDate date, ExpiryThreshold threshold, long incidentId);
}
