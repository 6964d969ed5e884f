package jp.resas.ops.testutils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import jp.resas.ops.common.ConflictException;
import jp.resas.ops.sla.Priority;
import jp.resas.ops.ticket.Ticket;
import jp.resas.ops.ticket.TicketId;
import jp.resas.ops.ticket.TicketRules;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Checks a ticket kind's lifecycle table pair by pair, without the API: what a person may request,
 * what only an approver's decision reaches, and that everything else is refused as a 409 conflict.
 */
public final class LifecycleTable {

    private LifecycleTable() {
    }

    /** Every (from, to) pair of the kind's statuses, itself included. */
    public static Stream<Arguments> pairs(TicketRules rules) {
        List<String> statuses = rules.statuses().stream().sorted().toList();
        return statuses.stream().flatMap(from -> statuses.stream().map(to -> Arguments.of(from, to)));
    }

    public static Ticket at(TicketRules rules, String status, Map<String, String> fields) {
        return new Ticket(new TicketId(1), rules.kind(), "t", Priority.MEDIUM, status, "yamada", null, null, fields,
                Instant.parse("2026-06-01T00:00:00Z"), null, null, null, 3, List.of());
    }

    /**
     * Asserts that a transition request may make {@code from → to} exactly when {@code requested} lists
     * it; a refusal is a 409, saying so when only an approver's decision leads there.
     *
     * @param requested "FROM>TO" pairs
     */
    public static void check(TicketRules rules, String from, String to, Set<String> requested) {
        String pair = from + ">" + to;
        Ticket ticket = at(rules, from, Map.of());
        assertThat(rules.allows(from, to)).as(pair + " in the table").isEqualTo(requested.contains(pair));
        if (requested.contains(pair)) {
            rules.requireAllowed(ticket, to);
        } else {
            assertThatThrownBy(() -> rules.requireAllowed(ticket, to)).as(pair + " refused")
                    .isInstanceOfSatisfying(ConflictException.class,
                            e -> assertThat(e.code()).isEqualTo("TRANSITION_NOT_ALLOWED"))
                    .hasMessageContaining(rules.decidedByApproval(to)
                            ? "承認者の承認・却下によってのみ" : "変更することはできません");
        }
    }
}
