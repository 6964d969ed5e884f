package jp.resas.ops.ticket;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.InvalidInputException;
import jp.resas.ops.sla.PauseReason;

/**
 * A ticket kind's lifecycle and fields, as data: which status may follow which, the Japanese name of
 * each, the fields that must be written on entering a status, which statuses stop the SLA clock,
 * resolve or close the ticket, and the approval gate if the kind has one. Each kind package declares
 * one; the shared use cases apply it.
 *
 * @param guard a further rule of the kind, checked after the table allows a transition
 */
public record TicketRules(TicketKind kind, String initial, Map<String, Set<String>> next,
        Map<String, String> labels, List<FieldSpec> fields, Map<String, List<String>> requiredOnEntry,
        Map<String, PauseReason> pauses, Set<String> resolving, Set<String> closing,
        Optional<ApprovalGate> approval, Guard guard) {

    /**
     * Where an approver's decision applies: from {@code awaiting} to {@code approved} or {@code rejected};
     * {@code bound} names the fields an approval covers (see {@link ApprovalBinding}).
     */
    public record ApprovalGate(String awaiting, String approved, String rejected, Set<String> bound) {

        public ApprovalGate {
            bound = Set.copyOf(bound);
        }
    }

    /** A kind's own condition on a transition the table allows. */
    @FunctionalInterface
    public interface Guard {
        /**
         * @param fields the ticket's fields as they will be after the move (those written with it applied)
         * @throws RuntimeException (400, 403 or 409 kind) when {@code ticket} may not move to {@code to}
         */
        void check(Ticket ticket, String to, Map<String, String> fields);

        Guard NONE = (ticket, to, fields) -> { };
    }

    public TicketRules {
        next = Map.copyOf(next);
        labels = Map.copyOf(labels);
        fields = List.copyOf(fields);
        requiredOnEntry = Map.copyOf(requiredOnEntry);
        pauses = Map.copyOf(pauses);
        resolving = Set.copyOf(resolving);
        closing = Set.copyOf(closing);
        if (!labels.keySet().containsAll(next.keySet()) || !labels.containsKey(initial)) {
            throw new IllegalArgumentException(kind + ": every status needs a label");
        }
    }

    public String label(String status) {
        return labels.getOrDefault(status, status);
    }

    public Set<String> statuses() {
        return labels.keySet();
    }

    /** The status named by a client; refused by field {@code to} when the kind has no such status. */
    public String status(String field, String value) {
        if (value == null || !labels.containsKey(value.strip())) {
            throw new InvalidInputException(field, field + " は " + String.join(", ", labels.keySet().stream().sorted()
                    .toList()) + " のいずれかを指定してください。");
        }
        return value.strip();
    }

    public boolean allows(String from, String to) {
        return next.getOrDefault(from, Set.of()).contains(to);
    }

    /** True when only an approver's decision may move a ticket into {@code status}. */
    public boolean decidedByApproval(String status) {
        return approval.map(g -> g.approved().equals(status) || g.rejected().equals(status)).orElse(false);
    }

    /** @throws ConflictException when {@code to} may not follow the ticket's status */
    public void requireAllowed(Ticket ticket, String to) {
        if (!allows(ticket.status(), to) || decidedByApproval(to)) {
            String why = decidedByApproval(to) ? "承認者の承認・却下によってのみ変わります。" : "変更することはできません。";
            throw new ConflictException("TRANSITION_NOT_ALLOWED", "to", kind.label() + "の状態を「"
                    + label(ticket.status()) + "」から「" + label(to) + "」に" + why);
        }
    }

    public Optional<FieldSpec> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }
}
