package jp.resas.ops.ledger.asset.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.eos.RaisedEosAlert;
import jp.resas.ops.eos.infrastructure.EosWatchService;
import jp.resas.ops.ledger.asset.Assets;
import jp.resas.ops.ledger.asset.ExpiryAlerts;
import jp.resas.ops.ledger.asset.RaisedAlert;
import jp.resas.ops.ledger.asset.WatchingExpiry;
import jp.resas.ops.monitoring.runs.CollectorIncidents;
import jp.resas.ops.ticket.OpeningTicket;
import jp.resas.ops.ticket.Tickets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code ledger-watch}: one run in one transaction, so an alert is recorded with its ticket or not at all. The same
 * daily run also watches the end-of-support calendar ({@link EosWatchService}: its tickets at 180/90/30 days), so
 * every date the operator must act on is watched by one function.
 */
@Singleton
public class ExpiryWatchService {

    private static final Logger LOG = LoggerFactory.getLogger(ExpiryWatchService.class);

    private final WatchingExpiry watching;
    private final EosWatchService endOfSupport;

    ExpiryWatchService(Assets assets, ExpiryAlerts alerts, Tickets tickets, AuditLog audit, CollectorIncidents incidents,
            Clock clock, EosWatchService endOfSupport) {
        this.watching = new WatchingExpiry(assets, alerts, new OpeningTicket(tickets, audit, clock), incidents, clock);
        this.endOfSupport = endOfSupport;
    }

    /** @return the asset alerts raised; the end-of-support tickets raised are logged */
    @Transactional
    public List<RaisedAlert> run() {
        List<RaisedAlert> raised = watching.run();
        List<RaisedEosAlert> eos = endOfSupport.run();
        LOG.info("end-of-support watch raised {} tickets: {}", eos.size(), eos);
        return raised;
    }
}
