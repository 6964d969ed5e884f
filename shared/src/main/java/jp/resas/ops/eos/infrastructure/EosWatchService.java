package jp.resas.ops.eos.infrastructure;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.eos.EosAlerts;
import jp.resas.ops.eos.EosItems;
import jp.resas.ops.eos.RaisedEosAlert;
import jp.resas.ops.eos.VersionsInUse;
import jp.resas.ops.eos.WatchingEndOfSupport;
import jp.resas.ops.ticket.OpeningTicket;
import jp.resas.ops.ticket.Tickets;

/**
 * The daily EOS watch (run by {@code ledger-watch}, the daily expiry watch): one run in one transaction, so an
 * alert is recorded with its ticket or not at all.
 */
@Singleton
public class EosWatchService {

    private final WatchingEndOfSupport watching;

    EosWatchService(EosItems items, EosAlerts alerts, Tickets tickets, AuditLog audit, VersionsInUse inUse, Clock clock) {
        this.watching = new WatchingEndOfSupport(items, alerts, new OpeningTicket(tickets, audit, clock), inUse, clock);
    }

    @Transactional
    public List<RaisedEosAlert> run() {
        return watching.run();
    }
}
