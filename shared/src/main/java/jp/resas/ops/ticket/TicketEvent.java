package jp.resas.ops.ticket;

import java.time.Instant;
import java.util.Objects;

/** One line of a ticket's timeline: when, what kind of thing, who, and what (Japanese). */
public record TicketEvent(Instant at, String kind, String actor, String message) {

    public TicketEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(message, "message");
    }
}
