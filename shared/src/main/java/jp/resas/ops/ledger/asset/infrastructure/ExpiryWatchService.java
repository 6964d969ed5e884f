package jp.resas.ops.ledger.asset.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.ledger.asset.Assets;
import jp.resas.ops.ledger.asset.ExpiryAlerts;
import jp.resas.ops.ledger.asset.RaisedAlert;
import jp.resas.ops.ledger.asset.WatchingExpiry;
import jp.resas.ops.monitoring.runs.CollectorIncidents;
import jp.resas.ops.ticket.OpeningTicket;
import jp.resas.ops.ticket.Tickets;

/** {@code ledger-watch}: one run in one transaction, so an alert is recorded with its ticket or not at all. */
@Singleton
public class ExpiryWatchService {

    private final WatchingExpiry watching;

    ExpiryWatchService(Assets assets, ExpiryAlerts alerts, Tickets tickets, AuditLog audit, CollectorIncidents incidents,
            Clock clock) {
        this.watching = new WatchingExpiry(assets, alerts, new OpeningTicket(tickets, audit, clock), incidents, clock);
    }

    @Transactional
    public List<RaisedAlert> run() {
        return watching.run();
    }
}
