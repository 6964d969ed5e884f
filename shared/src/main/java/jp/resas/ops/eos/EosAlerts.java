package jp.resas.ops.eos;

import java.time.Instant;
import java.time.LocalDate;

/** What the EOS watch has raised (port): one row per item and threshold, ever. */
public interface EosAlerts {

    /**
     * Records the alert unless one exists for the item and threshold; answers whether this call recorded it.
     * A concurrent caller waits for the first one's transaction and then records nothing.
     */
    boolean recordOnce(long itemId, EosThreshold threshold, LocalDate endsOn, Instant at);

    void linkTicket(long itemId, EosThreshold threshold, long ticketId);
}
