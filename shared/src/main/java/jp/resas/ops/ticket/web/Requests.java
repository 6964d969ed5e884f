package jp.resas.ops.ticket.web;

import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Schema.RequiredMode;
import java.util.Map;

/** The request bodies every ticket kind's endpoints take. */
public final class Requests {

    private Requests() {
    }

    /** Opens a ticket; {@code fields} holds the kind's own items, e.g. {@code {"channel": "EMAIL"}}. */
    public record Open(@Schema(requiredMode = RequiredMode.REQUIRED, maxLength = 200) String title,
            @Schema(requiredMode = RequiredMode.REQUIRED, allowableValues = {"CRITICAL", "HIGH", "MEDIUM", "LOW"}) String priority,
            @Schema(maxLength = 100) String assignee, @Schema(format = "date") String dueDate,
            @Schema(description = "種別ごとの項目 (docs/service-desk.md)") Map<String, String> fields) {
    }

    /** Moves a ticket to {@code to}; {@code version} is the one read. */
    public record Transition(@Schema(requiredMode = RequiredMode.REQUIRED) String to,
            @Schema(requiredMode = RequiredMode.REQUIRED) Long version, @Schema(maxLength = 4000) String note,
            Map<String, String> fields) {
    }

    /** An approver's decision on the ticket at {@code version}. */
    public record Decision(@Schema(requiredMode = RequiredMode.REQUIRED) Long version,
            @Schema(maxLength = 4000) String comment) {
    }

    /** Gives the ticket at {@code version} to {@code assignee} (blank: unassign). */
    public record Assign(@Schema(maxLength = 100) String assignee,
            @Schema(requiredMode = RequiredMode.REQUIRED) Long version) {
    }

    public record Comment(@Schema(requiredMode = RequiredMode.REQUIRED, maxLength = 4000) String text) {
    }

    /** Changes title, priority or due date of the ticket at {@code version}; absent items stay. */
    public record Update(@Schema(requiredMode = RequiredMode.REQUIRED) Long version,
            @Schema(maxLength = 200) String title,
            @Schema(allowableValues = {"CRITICAL", "HIGH", "MEDIUM", "LOW"}) String priority,
            @Schema(format = "date") String dueDate) {
    }
}
