package jp.resas.ops.ticket;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import jp.resas.ops.common.Actor;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.common.ForbiddenActionException;

/**
 * An approval binds the content it approved. The one place that decides, for every kind with an
 * approval gate: which fields an approval covers, whether a change may touch them (only on the way
 * back to approval), who counts as an author, and that no author approves (segregation of duties).
 */
public final class ApprovalBinding {

    /** The code of every segregation-of-duties refusal, tickets, update rounds and pipeline runs alike. */
    public static final String SEGREGATION_OF_DUTIES = "SEGREGATION_OF_DUTIES";

    private ApprovalBinding() {
    }

    /** The bound fields whose value differs between {@code before} and {@code after}, sorted. */
    static List<String> changedContent(TicketRules rules, Map<String, String> before, Map<String, String> after) {
        return rules.approval().map(gate -> gate.bound().stream()
                .filter(name -> !Objects.equals(before.get(name), after.get(name))).sorted().toList())
                .orElse(List.of());
    }

    /**
     * Refuses a move to {@code to} with {@code fields} that would change what the standing approval
     * approved, unless the move goes back to the approval gate (which withdraws the approval).
     */
    static void requireUnchangedOrResubmitted(TicketRules rules, Ticket before, Map<String, String> fields, String to) {
        Optional<TicketRules.ApprovalGate> gate = rules.approval();
        if (gate.isEmpty() || before.approvedContent().isEmpty() || to.equals(gate.get().awaiting())) {
            return;
        }
        List<String> changed = changedContent(rules, before.approvedContent().get(), fields);
        if (!changed.isEmpty()) {
            throw new ConflictException("APPROVED_CONTENT_CHANGED", changed.get(0), "承認済みの内容 ("
                    + String.join(", ", changed) + ") は変更できません。変更する場合は「" + rules.label(gate.get().awaiting())
                    + "」に戻して、改めて承認を受けてください。");
        }
    }

    /** What stands approved after the move: nothing once the ticket goes back to the gate. */
    static Optional<Map<String, String>> approvedAfter(TicketRules rules, Ticket before, String to) {
        boolean resubmitted = rules.approval().map(g -> g.awaiting().equals(to)).orElse(false);
        return resubmitted ? Optional.empty() : before.approvedContent();
    }

    /** The authors after {@code actor} wrote {@code changed} bound fields. */
    static Set<String> authorsAfter(Ticket before, List<String> changed, Actor actor) {
        if (changed.isEmpty()) {
            return before.authors();
        }
        Set<String> authors = new HashSet<>(before.authors());
        authors.add(actor.name());
        return authors;
    }

    /** The bound fields' values as they are approved now. */
    static Map<String, String> snapshot(TicketRules rules, Ticket ticket) {
        Set<String> bound = rules.approval().map(TicketRules.ApprovalGate::bound).orElse(Set.of());
        return ticket.fields().entrySet().stream().filter(e -> bound.contains(e.getKey()))
                .collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** @throws ForbiddenActionException when {@code actor} raised the ticket or wrote its approved content */
    static void requireIndependent(TicketRules rules, Ticket ticket, Actor actor) {
        if (ticket.requester().equals(actor.name())) {
            throw refused("自分が起票した" + rules.kind().label() + "を承認・却下することはできません (職務分掌)。");
        }
        if (ticket.authors().contains(actor.name())) {
            throw refused("承認対象の内容を記入・変更した" + rules.kind().label() + "を承認・却下することはできません (職務分掌)。");
        }
    }

    /** The one refusal of segregation of duties; other capabilities (rounds, pipeline runs) use it too. */
    public static ForbiddenActionException refused(String message) {
        return new ForbiddenActionException(SEGREGATION_OF_DUTIES, message);
    }
}
