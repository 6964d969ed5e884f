package jp.resas.ops.ticket;

import java.util.Map;

/**
 * Move a ticket to {@code to}, based on the copy at {@code version}, with a note and the fields written
 * at this step (e.g. the answer of an inquiry).
 */
public record TicketTransition(String to, long version, String note, Map<String, String> fields) {

    public TicketTransition {
        fields = Fields.present(fields);
    }
}
