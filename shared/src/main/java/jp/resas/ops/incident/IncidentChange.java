package jp.resas.ops.incident;

import java.util.Optional;

/**
 * Edits to an incident that do not move its stage, based on the copy at {@code version}; an empty
 * field is left as it is. {@code assignee} present but blank unassigns.
 */
public record IncidentChange(long version, Optional<Integer> severity, Optional<Boolean> major,
        Optional<String> assignee, IncidentReport report) {
}
