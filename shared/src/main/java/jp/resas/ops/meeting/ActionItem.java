package jp.resas.ops.meeting;

import java.time.LocalDate;
import jp.resas.ops.sla.Priority;

/**
 * One thing someone agreed to do: {@code ref} names it within the meeting (A1, A2, …) so an edit or a
 * correction keeps its issue; owner and due date go to the issue list.
 */
public record ActionItem(String ref, String title, String owner, LocalDate dueDate, Priority priority) {
}
