package jp.resas.ops.ticket.web;

import java.util.Map;

/** The request bodies every ticket kind's endpoints take. */
public final class Requests {

    private Requests() {
    }

    /** Opens a ticket; {@code fields} holds the kind's own items, e.g. {@code {"channel": "EMAIL"}}. */
    public record Open(String title, String priority, String assignee, String dueDate, Map<String, String> fields) {
    }

    /** Moves a ticket to {@code to}; {@code version} is the one read. */
    public record Transition(String to, Long version, String note, Map<String, String> fields) {
    }

    /** An approver's decision on the ticket at {@code version}. */
    public record Decision(Long version, String comment) {
    }

    /** Gives the ticket at {@code version} to {@code assignee} (blank: unassign). */
    public record Assign(String assignee, Long version) {
    }

    public record Comment(String text) {
    }
}
