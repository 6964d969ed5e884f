package jp.resas.ops.ticket;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import jp.resas.ops.audit.AuditEntry;
import jp.resas.ops.audit.AuditLog;
import jp.resas.ops.common.Actor;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.Texts;

/** Someone opens a ticket of a kind; it starts in the kind's initial status. */
public final class OpeningTicket {

    private final Tickets tickets;
    private final AuditLog audit;
    private final Clock clock;

    public OpeningTicket(Tickets tickets, AuditLog audit, Clock clock) {
        this.tickets = tickets;
        this.audit = audit;
        this.clock = clock;
    }

    public TicketId open(TicketRules rules, NewTicket ticket, Actor actor) {
        String title = Texts.required("title", ticket.title(), 200);
        if (ticket.priority() == null) {
            throw new InvalidInputException("priority", "priority は CRITICAL, HIGH, MEDIUM, LOW のいずれかを指定してください。");
        }
        Map<String, String> fields = StatusChange.merge(rules, Map.of(), ticket.fields());
        for (FieldSpec spec : rules.fields()) {
            if (spec.requiredOnCreate() && fields.get(spec.name()) == null) {
                throw new InvalidInputException(spec.name(), spec.name() + " を入力してください。");
            }
        }
        NewTicket checked = new NewTicket(title, ticket.priority(), fields,
                Texts.optional("assignee", ticket.assignee(), 100), ticket.dueDate());
        Instant now = clock.instant();
        TicketId id = tickets.insert(rules.kind(), checked, rules.initial(), actor.name(), now);
        tickets.appendTimeline(id, new TicketEvent(now, "OPENED", actor.name(),
                rules.kind().label() + "を起票: " + title + " (" + rules.label(rules.initial()) + ")"));
        audit.append(new AuditEntry(actor.name(), rules.kind().name().toLowerCase() + ".open", "ticket",
                String.valueOf(id.value()), Map.of("title", title, "priority", checked.priority().name()),
                actor.source()));
        return id;
    }
}
