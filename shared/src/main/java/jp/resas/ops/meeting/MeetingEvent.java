package jp.resas.ops.meeting;

import java.time.Instant;

/** One line of a meeting's timeline: when, what kind of thing, who, and what (Japanese). */
public record MeetingEvent(Instant at, String kind, String actor, String message) {
}
