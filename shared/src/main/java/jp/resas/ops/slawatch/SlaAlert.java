package jp.resas.ops.slawatch;

import java.time.Instant;
import jp.resas.ops.sla.TicketType;

/** One warning or breach of one clock of one ticket. */
public record SlaAlert(TicketType type, long ticketId, String title, Clock clock, Level level, Instant dueAt,
        Instant raisedAt) {

    public enum Clock {
        FIRST_RESPONSE("初回応答"),
        RESOLUTION("解決");

        private final String label;

        Clock(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public enum Level {
        WARNING,
        BREACHED
    }

    /** What the timeline and the notification say (Japanese). */
    public String message() {
        return "SLA " + (level == Level.WARNING ? "警告" : "違反") + ": " + clock.label() + "期限"
                + (dueAt == null ? "" : " " + dueAt) + (level == Level.WARNING ? " が近づいています" : " を超過しました");
    }
}
