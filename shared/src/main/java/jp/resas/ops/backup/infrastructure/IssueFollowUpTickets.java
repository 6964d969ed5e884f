package jp.resas.ops.backup.infrastructure;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Map;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.backup.FollowUpTickets;
import jp.resas.ops.common.Actor;
import jp.resas.ops.issue.IssueRules;
import jp.resas.ops.sla.Priority;
import jp.resas.ops.ticket.NewTicket;
import jp.resas.ops.ticket.OpeningTicket;
import jp.resas.ops.ticket.Tickets;

/** A failed copy job goes to the service desk's issue list (課題, priority HIGH), opened by the collector. */
@Singleton
final class IssueFollowUpTickets implements FollowUpTickets {

    private final OpeningTicket opening;

    IssueFollowUpTickets(Tickets tickets, AuditLog audit, Clock clock) {
        this.opening = new OpeningTicket(tickets, audit, clock);
    }

    @Override
    public long open(String title, String description, String origin) {
        return opening.open(IssueRules.RULES, new NewTicket(title, Priority.HIGH,
                Map.of("description", description, "origin", origin), null, null),
                Actor.system("backup-collector")).value();
    }
}
