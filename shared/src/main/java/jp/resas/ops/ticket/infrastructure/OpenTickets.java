package jp.resas.ops.ticket.infrastructure;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.resas.ops.ticket.OpenWork;
import jp.resas.ops.ticket.TicketKind;
import jp.resas.ops.ticket.TicketRules;
import jp.resas.ops.ticket.Tickets;
import jp.resas.ops.ticket.WorkItem;

/** The open tickets of every kind, as queue work, their statuses named by their kind's rules. */
@Singleton
final class OpenTickets implements OpenWork {

    private final Tickets tickets;
    private final Map<TicketKind, TicketRules> rules;

    OpenTickets(Tickets tickets, List<TicketRules> rules) {
        this.tickets = tickets;
        this.rules = rules.stream().collect(Collectors.toMap(TicketRules::kind, Function.identity()));
    }

    @Override
    public List<WorkItem> open() {
        return tickets.open().stream().map(t -> new WorkItem(t.kind().name(), t.id().value(), t.title(), t.priority(),
                t.status(), rules.get(t.kind()).label(t.status()), t.requester(), t.assignee(), t.createdAt(),
                t.version(), t.kind().slaType(), t.slaTimeline())).toList();
    }
}
