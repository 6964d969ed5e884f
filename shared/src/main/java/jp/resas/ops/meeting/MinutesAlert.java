package jp.resas.ops.meeting;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import jp.resas.ops.calendar.BusinessCalendar;

/** The reminder one 開庁日 before the minutes are due, or their breach. */
public record MinutesAlert(long meetingId, String title, Level level, Instant dueAt, Instant raisedAt) {

    private static final DateTimeFormatter JST_TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");

    public enum Level {
        REMINDER,
        BREACHED
    }

    /** What the timeline and the notification say (Japanese, due time in JST). */
    public String message() {
        String due = JST_TIME.format(dueAt.atOffset(BusinessCalendar.JST));
        return level == Level.REMINDER ? "議事録の提出期限 (" + due + ") まで1開庁日です。"
                : "議事録の提出期限 (" + due + ") を超過しました。";
    }
}
