package jp.resas.ops.meeting;

import java.time.Duration;
import java.time.Instant;
import jp.resas.ops.calendar.BusinessCalendar;

/**
 * 報告会終了後３営業日以内: the minutes are due three 開庁日 of business hours after the meeting ends
 * (a meeting ending outside hours counts from the next opening), the reminder one 開庁日 earlier.
 */
public record MinutesDeadline(Instant dueAt, Instant reminderAt) {

    public static final int BUSINESS_DAYS = 3;

    public static MinutesDeadline after(Instant endsAt, BusinessCalendar calendar) {
        var settings = calendar.settings();
        Duration day = Duration.between(settings.opening(), settings.closing());
        return new MinutesDeadline(calendar.addBusinessHours(endsAt, day.multipliedBy(BUSINESS_DAYS)),
                calendar.addBusinessHours(endsAt, day.multipliedBy(BUSINESS_DAYS - 1)));
    }
}
