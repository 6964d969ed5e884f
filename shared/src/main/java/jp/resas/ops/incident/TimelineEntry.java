package jp.resas.ops.incident;

import java.time.Instant;
import java.util.Objects;

/** One line of an incident's timeline: when it happened, what kind of thing it was, who, and what. */
public record TimelineEntry(Instant at, String kind, String actor, String message) {

    public TimelineEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(message, "message");
    }
}
