package jp.resas.ops.incident;

import java.util.Optional;

/** A page of the incident list, newest first, optionally filtered. */
public record IncidentQuery(Optional<IncidentStatus> status, Optional<Integer> severity, int limit,
        Optional<PageCursor> after) {

    public static final int MAX_LIMIT = 200;

    public IncidentQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1-" + MAX_LIMIT + ", was " + limit);
        }
        if (severity.isPresent() && (severity.get() < 1 || severity.get() > 4)) {
            throw new IllegalArgumentException("severity must be 1-4, was " + severity.get());
        }
    }
}
