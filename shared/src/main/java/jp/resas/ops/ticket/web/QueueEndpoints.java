package jp.resas.ops.ticket.web;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.common.Texts;
import jp.resas.ops.ticket.Queue;
import jp.resas.ops.ticket.TicketKind;
import jp.resas.ops.ticket.TicketRules;
import jp.resas.ops.ticket.infrastructure.TicketService;

/** Reads a queue request and shows each ticket with the rules of its kind. */
@Singleton
class QueueEndpoints {

    private final TicketService tickets;
    private final Map<TicketKind, TicketRules> rules;

    QueueEndpoints(TicketService tickets, List<TicketRules> rules) {
        this.tickets = tickets;
        this.rules = rules.stream().collect(java.util.stream.Collectors.toMap(TicketRules::kind, r -> r));
    }

    List<TicketView> queue(String queue, String withinMinutes, String user) {
        Queue which = Texts.oneOf("queue", queue.toUpperCase(Locale.ROOT).replace('-', '_'), Queue.class);
        Duration within = Duration.ofMinutes(withinMinutes == null ? 240 : minutes(withinMinutes));
        return tickets.queue(which, user, within).stream()
                .map(item -> TicketView.of(item.ticket(), rules.get(item.ticket().kind()), item.sla().orElse(null)))
                .toList();
    }

    private static long minutes(String value) {
        try {
            long n = Long.parseLong(value);
            if (n >= 1 && n <= 60L * 24 * 30) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new InvalidInputException("withinMinutes", "withinMinutes は 1 から 43200 の整数で指定してください。");
    }
}
