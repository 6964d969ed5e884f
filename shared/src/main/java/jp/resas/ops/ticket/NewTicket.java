package jp.resas.ops.ticket;

import java.time.LocalDate;
import java.util.Map;
import jp.resas.ops.sla.Priority;

/** A ticket to open: title, priority, the kind's fields, an optional assignee and due date. */
public record NewTicket(String title, Priority priority, Map<String, String> fields, String assignee,
        LocalDate dueDate) {

    public NewTicket {
        fields = Fields.present(fields);
    }
}
