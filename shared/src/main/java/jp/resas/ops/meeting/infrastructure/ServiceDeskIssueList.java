package jp.resas.ops.meeting.infrastructure;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Map;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.Actor;
import jp.resas.ops.issue.IssueRules;
import jp.resas.ops.meeting.ActionItem;
import jp.resas.ops.meeting.IssueList;
import jp.resas.ops.ticket.NewTicket;
import jp.resas.ops.ticket.OpeningTicket;
import jp.resas.ops.ticket.Tickets;

/** Action items go to the service desk's issue list, in the caller's transaction. */
@Singleton
final class ServiceDeskIssueList implements IssueList {

    private final OpeningTicket opening;

    ServiceDeskIssueList(Tickets tickets, AuditLog audit, Clock clock) {
        this.opening = new OpeningTicket(tickets, audit, clock);
    }

    @Override
    public long open(ActionItem item, String origin, Actor actor) {
        return opening.open(IssueRules.RULES, new NewTicket(item.title(), item.priority(),
                Map.of("description", "会議のアクション項目: " + item.title(), "origin", origin), item.owner(),
                item.dueDate()), actor).value();
    }
}
