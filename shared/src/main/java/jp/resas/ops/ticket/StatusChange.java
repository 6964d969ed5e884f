package jp.resas.ops.ticket;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.sla.PauseReason;

/**
 * How a ticket changes when its status does, whoever moves it: the first move out of the initial
 * status is the first response; entering a resolving status resolves it (once); a closing status
 * closes it; a waiting status starts a pause and leaving it ends the pause.
 */
final class StatusChange {

    private StatusChange() {
    }

    /** The fields after writing {@code written}: each declared by the kind and checked, else refused. */
    static Map<String, String> merge(TicketRules rules, Map<String, String> current, Map<String, String> written) {
        Map<String, String> merged = new HashMap<>(current);
        written.forEach((name, value) -> {
            FieldSpec spec = rules.field(name).orElseThrow(() -> new InvalidInputException(name,
                    name + " は" + rules.kind().label() + "の項目ではありません。"));
            String checked = spec.check(value);
            if (checked == null && spec.requiredOnCreate() && current.get(name) != null) {
                throw new InvalidInputException(name, name + " は必須項目のため空にできません。");
            }
            if (checked == null) {
                merged.remove(name);
            } else {
                merged.put(name, checked);
            }
        });
        return merged;
    }

    static void requireEntryFields(TicketRules rules, String to, Map<String, String> fields) {
        for (String name : rules.requiredOnEntry().getOrDefault(to, java.util.List.of())) {
            if (fields.get(name) == null) {
                throw new InvalidInputException(name, "「" + rules.label(to) + "」にするには " + name + " を入力してください。");
            }
        }
    }

    /** Stores the ticket in its new status, with its pauses, and returns it. */
    static Ticket apply(Tickets tickets, TicketRules rules, Ticket before, String to, Map<String, String> fields,
            Instant at) {
        return apply(tickets, rules, before, to, fields, at, before.approvedContent(), before.authors());
    }

    /** As above, with what stands approved and who authored the approved content after the move. */
    static Ticket apply(Tickets tickets, TicketRules rules, Ticket before, String to, Map<String, String> fields,
            Instant at, java.util.Optional<Map<String, String>> approved, java.util.Set<String> authors) {
        boolean leavingInitial = before.status().equals(rules.initial());
        Ticket after = new Ticket(before.id(), before.kind(), before.title(), before.priority(), to,
                before.requester(), before.assignee(), before.dueDate(), fields, before.createdAt(),
                before.firstRespondedAt() == null && leavingInitial ? at : before.firstRespondedAt(),
                before.resolvedAt() == null && rules.resolving().contains(to) ? at : before.resolvedAt(),
                rules.closing().contains(to) ? at : null, before.version() + 1, before.pauses(), approved, authors);
        tickets.save(after);
        PauseReason was = rules.pauses().get(before.status());
        PauseReason now = rules.pauses().get(to);
        if (was != null && was != now) {
            tickets.endPause(before.id(), at);
        }
        if (now != null && was != now) {
            tickets.startPause(before.id(), now, at);
        }
        return after;
    }
}
