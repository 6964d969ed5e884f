package jp.resas.ops.incident;

import java.time.Instant;
import java.util.Optional;

/**
 * A page of the incident list, newest first, optionally filtered: status, severity, source, detected in
 * [{@code openedFrom}, {@code openedBefore}), and {@code text} found in the title or the alarm's name.
 */
public record IncidentQuery(Optional<IncidentStatus> status, Optional<Integer> severity,
        Optional<IncidentSource> source, Optional<Instant> openedFrom, Optional<Instant> openedBefore,
        Optional<String> text, int limit, Optional<PageCursor> after) {

    public static final int MAX_LIMIT = 200;
    public static final int MAX_TEXT = 100;

    public IncidentQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1-" + MAX_LIMIT + ", was " + limit);
        }
        if (severity.isPresent() && (severity.get() < 1 || severity.get() > 4)) {
            throw new IllegalArgumentException("severity must be 1-4, was " + severity.get());
        }
        if (text.isPresent() && (text.get().isBlank() || text.get().length() > MAX_TEXT)) {
            throw new IllegalArgumentException("text must be 1-" + MAX_TEXT + " characters");
        }
    }

    /** Filtered by status and severity only. */
    public IncidentQuery(Optional<IncidentStatus> status, Optional<Integer> severity, int limit,
            Optional<PageCursor> after) {
        this(status, severity, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), limit, after);
    }
}
