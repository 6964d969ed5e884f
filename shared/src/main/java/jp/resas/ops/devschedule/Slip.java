package jp.resas.ops.devschedule;

import java.time.LocalDate;

/**
 * A milestone that slipped in the week: RESCHEDULED (planned later than a week before) or OVERDUE
 * (its planned date passed during the week without an actual date).
 */
public record Slip(Milestone milestone, Reason reason, LocalDate plannedWeekBefore, LocalDate plannedNow) {

    public enum Reason {
        RESCHEDULED("予定日の延期"),
        OVERDUE("予定日超過");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
