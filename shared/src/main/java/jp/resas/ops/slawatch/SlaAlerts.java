package jp.resas.ops.slawatch;

import java.util.List;

/** What the watch needs of the records (port; PostgreSQL in {@code infrastructure}). */
public interface SlaAlerts {

    /** Every open ticket and incident that carries an SLA. */
    List<WatchedTicket> watched();

    /** Stores the alert unless it was raised before; true only for the first time. */
    boolean claim(SlaAlert alert);

    /** Adds the alert to the ticket's or incident's timeline. */
    void appendTimeline(SlaAlert alert);
}
