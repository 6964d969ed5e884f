package jp.resas.ops.ticket;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
 * one with {@link #of(TicketKind)}; the shared use cases apply it, the one ticket API asks it who may do
 * what ({@link #who(TicketAction)}). Every status a rule names must be one of the kind's, every field
 * one of its fields: a kind naming anything else is refused when it is built.
 *
 * @param guard a further rule of the kind, checked after the table allows a transition
 * @param access the named role policy of each action (see {@link Who})
 */
public record TicketRules(TicketKind kind, String initial, Map<String, Set<String>> next,
        Map<String, String> labels, List<FieldSpec> fields, Map<String, List<String>> requiredOnEntry,
        Map<String, PauseReason> pauses, Set<String> resolving, Set<String> closing,
        Optional<ApprovalGate> approval, Guard guard, Map<TicketAction, Who> access) {

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
        access = Map.copyOf(access);
        new Check(kind, labels.keySet(), fields).rules(initial, next, requiredOnEntry, pauses, resolving, closing,
                approval, access);
    }

    /** A builder of {@code kind}'s rules; {@link Builder#build()} refuses a rule naming an unknown status. */
    public static Builder of(TicketKind kind) {
        return new Builder(kind);
    }

    /** Who may do {@code action} on this kind. */
    public Who who(TicketAction action) {
        return access.getOrDefault(action, Who.NOBODY);
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

    /** Builds one kind's rules, naming each rule; the defaults are those of most kinds (see {@link #build()}). */
    public static final class Builder {

        private final TicketKind kind;
        private final Map<String, String> labels = new LinkedHashMap<>();
        private final Map<String, Set<String>> next = new LinkedHashMap<>();
        private final List<FieldSpec> fields = new ArrayList<>();
        private final Map<String, List<String>> requiredOnEntry = new LinkedHashMap<>();
        private final Map<String, PauseReason> pauses = new LinkedHashMap<>();
        private final Set<String> resolving = new LinkedHashSet<>();
        private final Set<String> closing = new LinkedHashSet<>();
        private final Map<TicketAction, Who> access = new EnumMap<>(TicketAction.class);
        private String initial;
        private ApprovalGate approval;
        private Guard guard = Guard.NONE;

        private Builder(TicketKind kind) {
            this.kind = kind;
        }

        /** A status and its Japanese name; the first one declared is where a ticket starts. */
        public Builder status(String status, String label) {
            labels.put(status, label);
            if (initial == null) {
                initial = status;
            }
            return this;
        }

        /** The statuses a ticket in {@code from} may move to (none: {@code from} is final). */
        public Builder moves(String from, String... to) {
            next.put(from, Set.of(to));
            return this;
        }

        public Builder field(FieldSpec field) {
            fields.add(field);
            return this;
        }

        /** Fields that must be written on entering {@code status}. */
        public Builder requiredOnEntry(String status, String... names) {
            requiredOnEntry.put(status, List.of(names));
            return this;
        }

        /** The SLA clock stops while a ticket is in {@code status}. */
        public Builder pauses(String status, PauseReason reason) {
            pauses.put(status, reason);
            return this;
        }

        public Builder resolving(String... statuses) {
            resolving.addAll(Arrays.asList(statuses));
            return this;
        }

        public Builder closing(String... statuses) {
            closing.addAll(Arrays.asList(statuses));
            return this;
        }

        /**
         * The approval gate: only an approver's decision moves a ticket from {@code awaiting} to
         * {@code approved} or {@code rejected}; {@code bound} are the fields an approval covers.
         * Deciding becomes {@link Who#APPROVERS}' unless {@link #may} says otherwise.
         */
        public Builder approvalGate(String awaiting, String approved, String rejected, String... bound) {
            approval = new ApprovalGate(awaiting, approved, rejected, Set.of(bound));
            return this;
        }

        public Builder guard(Guard guard) {
            this.guard = guard;
            return this;
        }

        /** Who may do {@code action}, instead of the default. */
        public Builder may(TicketAction action, Who who) {
            access.put(action, who);
            return this;
        }

        /**
         * The rules; defaults: everyone reads, staff open and comment, operators work (transition,
         * update, assign), approvers decide when there is an approval gate.
         *
         * @throws IllegalArgumentException naming the rule and the status or field the kind does not have
         */
        public TicketRules build() {
            Map<TicketAction, Who> policies = new EnumMap<>(TicketAction.class);
            policies.put(TicketAction.READ, Who.EVERYONE);
            policies.put(TicketAction.OPEN, Who.STAFF);
            policies.put(TicketAction.COMMENT, Who.STAFF);
            policies.put(TicketAction.TRANSITION, Who.OPERATORS);
            policies.put(TicketAction.UPDATE, Who.OPERATORS);
            policies.put(TicketAction.ASSIGN, Who.OPERATORS);
            policies.put(TicketAction.DECIDE, approval == null ? Who.NOBODY : Who.APPROVERS);
            policies.putAll(access);
            if (initial == null) {
                throw new IllegalArgumentException(kind + ": no status declared");
            }
            return new TicketRules(kind, initial, next, labels, fields, requiredOnEntry, pauses, resolving, closing,
                    Optional.ofNullable(approval), guard, policies);
        }
    }

    /** The checks every kind's rules pass: each status a rule names is the kind's, each field too. */
    private record Check(TicketKind kind, Set<String> statuses, List<FieldSpec> fields) {

        void rules(String initial, Map<String, Set<String>> next, Map<String, List<String>> requiredOnEntry,
                Map<String, PauseReason> pauses, Set<String> resolving, Set<String> closing,
                Optional<ApprovalGate> approval, Map<TicketAction, Who> access) {
            status("initial", initial);
            next.forEach((from, to) -> {
                status("moves from", from);
                to.forEach(s -> status("moves " + from + " to", s));
            });
            requiredOnEntry.forEach((status, names) -> {
                status("requiredOnEntry", status);
                names.forEach(name -> field("requiredOnEntry " + status, name));
            });
            pauses.keySet().forEach(s -> status("pauses", s));
            resolving.forEach(s -> status("resolving", s));
            closing.forEach(s -> status("closing", s));
            approval.ifPresent(gate -> {
                status("approvalGate awaiting", gate.awaiting());
                status("approvalGate approved", gate.approved());
                status("approvalGate rejected", gate.rejected());
                gate.bound().forEach(name -> field("approvalGate bound", name));
            });
            if (approval.isEmpty() && access.getOrDefault(TicketAction.DECIDE, Who.NOBODY) != Who.NOBODY) {
                throw new IllegalArgumentException(kind + ": a decision policy needs an approval gate");
            }
        }

        private void status(String rule, String status) {
            if (status == null || !statuses.contains(status)) {
                throw new IllegalArgumentException(kind + ": rule '" + rule + "' names status " + status
                        + ", which " + kind + " does not have (it has " + statuses.stream().sorted().toList() + ")");
            }
        }

        private void field(String rule, String name) {
            if (fields.stream().noneMatch(f -> f.name().equals(name))) {
                throw new IllegalArgumentException(kind + ": rule '" + rule + "' names field " + name
                        + ", which " + kind + " does not have");
            }
        }
    }
}
