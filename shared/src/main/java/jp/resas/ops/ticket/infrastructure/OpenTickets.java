package jp.resas.ops.ticket.infrastructure;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.resas.ops.ticket.OpenWork;
import jp.resas.ops.ticket.QueueFilter;
import jp.resas.ops.ticket.QueuePosition;
import jp.resas.ops.ticket.SlaSnapshot;
import jp.resas.ops.ticket.Ticket;
import jp.resas.ops.ticket.TicketKind;
import jp.resas.ops.ticket.TicketRules;
import jp.resas.ops.ticket.WorkItem;

/** The open tickets of every kind, as queue work, their statuses named by their kind's rules. */
@Singleton
final class OpenTickets implements OpenWork {

    static final int RANK = 1;

    private final JdbcTickets tickets;
    private final Map<TicketKind, TicketRules> rules;

    OpenTickets(JdbcTickets tickets, List<TicketRules> rules) {
        this.tickets = tickets;
        this.rules = rules.stream().collect(Collectors.toMap(TicketRules::kind, Function.identity()));
    }

    @Override
    public int rank() {
        return RANK;
    }

    @Override
    public List<WorkItem> page(QueueFilter filter, Optional<QueuePosition> after, int limit) {
        return tickets.queued(filter, after, RANK, limit).stream().map(q -> {
            Ticket t = q.ticket();
            return new WorkItem(t.kind().name(), t.id().value(), t.title(), t.priority(), t.status(),
                    rules.get(t.kind()).label(t.status()), t.requester(), t.assignee(), t.createdAt(), t.version(),
                    t.kind().slaType(), t.slaTimeline(), new QueuePosition(q.due(), RANK, t.id().value()));
        }).toList();
    }

    @Override
    public int computeMissingDueTimes(SlaSnapshot sla) {
        return tickets.computeMissingDueTimes(sla);
    }

    @Override
    public int computeMissingDueTimes(SlaSnapshot sla, int limit) {
        return tickets.computeMissingDueTimes(sla, limit);
    }

    @Override
    public void forgetDueTimes() {
        tickets.forgetDueTimes();
    }
}
